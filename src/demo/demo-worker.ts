/** A worker thread of the demo loader: builds the chunks of petitions the loader sends it. */
import { parentPort, workerData } from 'node:worker_threads';
import { replyOf } from '../platform/worker-reply.ts';
import { ChunkBuilder } from './demo-chunk.ts';
import type { ChunkSpec, DemoSetting } from './demo-types.ts';

const setting = workerData as DemoSetting;
// Buffers arrive as plain Uint8Arrays; the crypto functions take either, but keep the declared type.
const keys = { encryption: Buffer.from(setting.keys.encryption), digest: Buffer.from(setting.keys.digest), token: Buffer.from(setting.keys.token) };
const builder = new ChunkBuilder({ ...setting, keys });

parentPort?.on('message', (spec: ChunkSpec) => parentPort?.postMessage(replyOf(() => builder.build(spec))));
