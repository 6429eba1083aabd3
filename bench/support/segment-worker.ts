/** A worker thread of the benchmark fill: index tokens for the petition texts it is sent. */
import { parentPort } from 'node:worker_threads';
import { TokenCache } from '../../src/demo/demo-tokens.ts';
import { replyOf } from '../../src/platform/worker-reply.ts';

// TokenCache gives exactly tokensForIndex's output (src/demo/demo-tokens.test.ts), several times
// faster on demo text, whose phrases recur.
const cache = new TokenCache();

parentPort?.on('message', (texts: string[]) => parentPort?.postMessage(replyOf(() => texts.map((t) => cache.tokens(t)))));
