/**
 * Chunks of demo petitions, built ahead in worker threads (which on SQLite write them too) and
 * handed out in order. With no workers they are built inline (tests, one-core machines).
 */
import { projectFile } from '../platform/project-paths.ts';
import { WorkerPool } from '../platform/worker-threads.ts';
import { ChunkBuilder } from './demo-chunk.ts';
import type { ChunkResult, ChunkSpec, DemoSetting } from './demo-types.ts';

export interface ChunkSource {
  /** The next chunk in spec order, or null after the last. */
  next(): Promise<ChunkResult | null>;
  close(): Promise<void>;
}

export function openChunkSource(setting: DemoSetting, specs: Iterator<ChunkSpec>, workers: number, ahead: number): ChunkSource {
  if (workers <= 0) {
    const builder = new ChunkBuilder(setting);
    return {
      next: async () => {
        const spec = specs.next();
        return spec.done ? null : builder.build(spec.value);
      },
      close: async () => builder.close(),
    };
  }
  // A young generation larger than the default 16 MiB: building a chunk allocates a great deal
  // of short-lived objects, and with it the builders used a sixth less CPU (50,000 petitions).
  const pool = new WorkerPool<ChunkSpec, ChunkResult>(projectFile('src/demo/demo-worker.ts'), workers, 'demo worker', {
    workerData: setting,
    resourceLimits: { maxYoungGenerationSizeMb: 128 },
  });
  const queued: Promise<ChunkResult>[] = [];
  let exhausted = false;
  // Keep `ahead` chunks in flight, so the workers build while the main thread is busy (PostgreSQL:
  // writing). Terminating the workers closes their SQLite connections (better-sqlite3's cleanup
  // hook), once the last chunk is committed.
  const fill = () => {
    while (!exhausted && queued.length < ahead) {
      const spec = specs.next();
      if (spec.done) {
        exhausted = true;
        break;
      }
      const promise = pool.ask(spec.value);
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
    close: () => pool.close(),
  };
}
