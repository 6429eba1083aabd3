/** A worker for test/worker-pool.test.ts: doubles numbers, refuses negative ones, exits on 0. */
import { parentPort } from 'node:worker_threads';
import { replyOf } from '../../src/platform/worker-reply.ts';

parentPort?.on('message', (n: number) => {
  if (n === 0) process.exit(3);
  parentPort?.postMessage(
    replyOf(() => {
      if (n < 0) throw new Error(`cannot double ${n}`);
      return n * 2;
    }),
  );
});
