/** A worker thread of the benchmark fill: index tokens for the petition texts it is sent. */
import { parentPort } from 'node:worker_threads';
import { TokenCache } from '../../src/demo/demo-tokens.ts';

// TokenCache gives exactly tokensForIndex's output (src/demo/demo-tokens.test.ts), several times
// faster on demo text, whose phrases recur.
const cache = new TokenCache();

parentPort?.on('message', (texts: string[]) => {
  try {
    parentPort?.postMessage({ ok: true, tokens: texts.map((t) => cache.tokens(t)) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
