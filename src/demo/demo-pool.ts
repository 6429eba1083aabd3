/**
 * Chunks of demo petitions, built ahead in worker threads while the main thread writes, and handed
 * out in order. With no workers they are built inline (tests, one-core machines).
 */
import { Worker } from 'node:worker_threads';
import { typeScriptWorkerSource } from '../platform/worker-entry.ts';
import { ChunkBuilder } from './demo-chunk.ts';
import type { ChunkResult, ChunkSpec, DemoSetting } from './demo-types.ts';

export interface ChunkSource {
  /** The next chunk in spec order, or null after the last. */
  next(): Promise<ChunkResult | null>;
  close(): Promise<void>;
}

type Reply = { ok: true; result: ChunkResult } | { ok: false; error: string };
interface Waiting { resolve(r: ChunkResult): void; reject(e: Error): void }

export function openChunkSource(setting: DemoSetting, specs: Iterator<ChunkSpec>, workers: number, ahead: number): ChunkSource {
  if (workers <= 0) {
    const builder = new ChunkBuilder(setting);
    return {
      next: async () => {
        const spec = specs.next();
        if (spec.done) return null;
        try {
          return builder.build(spec.value);
        } catch (error) {
          builder.abandon(spec.value.index);
          throw error;
        }
      },
      close: async () => {},
    };
  }
  const entry = typeScriptWorkerSource(new URL('./demo-worker.ts', import.meta.url));
  const pool = Array.from({ length: workers }, () => {
    // A young generation larger than the default 16 MiB: building a chunk allocates a great deal
    // of short-lived objects, and with it the builders used a sixth less CPU (50,000 petitions).
    const worker = new Worker(entry, { eval: true, workerData: setting, resourceLimits: { maxYoungGenerationSizeMb: 128 } });
    const slot = { worker, waiting: [] as Waiting[], failed: null as Error | null };
    worker.on('message', (reply: Reply) => {
      const w = slot.waiting.shift();
      if (reply.ok) w?.resolve(reply.result);
      else w?.reject(new Error(`demo worker: ${reply.error}`));
    });
    // A dead worker answers nothing more: fail what it holds and whatever is sent to it later.
    const fail = (error: Error) => {
      slot.failed ??= error;
      for (const w of slot.waiting.splice(0)) w.reject(slot.failed);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`demo worker stopped (exit code ${code})`)));
    return slot;
  });
  const queued: Promise<ChunkResult>[] = [];
  let turn = 0;
  let exhausted = false;
  // Keep `ahead` chunks in flight, so the workers build while the main thread is busy writing.
  const fill = () => {
    while (!exhausted && queued.length < ahead) {
      const spec = specs.next();
      if (spec.done) {
        exhausted = true;
        break;
      }
      const slot = pool[turn++ % pool.length] as (typeof pool)[number];
      const promise = new Promise<ChunkResult>((resolve, reject) => {
        if (slot.failed) return reject(slot.failed);
        slot.waiting.push({ resolve, reject });
        slot.worker.postMessage(spec.value);
      });
      promise.catch(() => {}); // awaited in order by next(); an early failure is not "unhandled"
      queued.push(promise);
    }
  };
  return {
    async next() {
      fill();
      const promise = queued.shift();
      if (!promise) return null;
      const result = await promise;
      fill();
      return result;
    },
    async close() {
      await Promise.all(pool.map((p) => p.worker.terminate()));
    },
  };
}
