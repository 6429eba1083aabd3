import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { bundle } from './bundle.js';
import type { WorkerReply } from './worker-reply.ts';

const require = createRequire(import.meta.url);

/**
 * Starts a worker thread on a TypeScript module, from its JavaScript bundle (`bundle`, as
 * bin/redress.js runs the server), or through tsx where no bundle can be written.
 */
export function startWorker(module: URL, options: WorkerOptions = {}): Worker {
  const file = bundle(module);
  if (file) return new Worker(file, options);
  return new Worker(typeScriptWorkerSource(module), { ...options, eval: true });
}

/**
 * The source of a worker that runs a TypeScript module through tsx, registered as bin/redress.js
 * registers it for the main thread (Node 20 applies no `--import` hooks to a worker's own entry
 * module). The ESM entry of tsx's API is read from its package exports, so this works from any
 * directory.
 */
function typeScriptWorkerSource(module: URL): string {
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(path.join(path.dirname(pkgPath), pkg.exports['./esm/api']?.import.default ?? 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
}

type Waiter<Out> = { resolve(value: Out): void; reject(error: Error): void };

/**
 * Worker threads that each answer their messages in order with one `WorkerReply`. Each message
 * goes to the live worker with the fewest waiting (in turn when they tie), so that a long job
 * does not hold up the ones behind it while another worker idles. An idle worker keeps no process
 * alive. A worker that dies fails what it was asked; later messages go to the others, and fail
 * once none is left (`broken` tells).
 */
export class WorkerPool<In, Out> {
  private readonly slots: { worker: Worker; waiting: Waiter<Out>[]; failed: Error | null }[];
  private turn = 0;

  constructor(module: URL, size: number, label: string, options: WorkerOptions = {}) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot = { worker: startWorker(module, options), waiting: [] as Waiter<Out>[], failed: null as Error | null };
      slot.worker.unref();
      slot.worker.on('message', (reply: WorkerReply<Out>) => {
        const w = slot.waiting.shift();
        if (slot.waiting.length === 0) slot.worker.unref();
        if (reply.ok) w?.resolve(reply.value);
        else w?.reject(new Error(`${label}: ${reply.error}`));
      });
      const fail = (error: Error) => {
        slot.failed ??= error;
        for (const w of slot.waiting.splice(0)) w.reject(slot.failed);
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`${label} stopped (exit code ${code})`)));
      return slot;
    });
  }

  /** Whether a worker has died. */
  get broken(): boolean {
    return this.slots.some((s) => s.failed);
  }

  ask(message: In): Promise<Out> {
    const start = this.turn++;
    let slot = this.slots[start % this.slots.length] as (typeof this.slots)[number];
    for (let k = 1; k < this.slots.length; k++) {
      const other = this.slots[(start + k) % this.slots.length] as (typeof this.slots)[number];
      if (!other.failed && (slot.failed || other.waiting.length < slot.waiting.length)) slot = other;
    }
    return new Promise<Out>((resolve, reject) => {
      if (slot.failed) return reject(slot.failed);
      if (slot.waiting.length === 0) slot.worker.ref();
      slot.waiting.push({ resolve, reject });
      slot.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    for (const slot of this.slots) {
      slot.worker.removeAllListeners('exit');
      await slot.worker.terminate();
    }
  }
}
