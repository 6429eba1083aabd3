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
 * module). Start it with `new Worker(source, { eval: true })`. The ESM entry of tsx's API is read
 * from its package exports, so this works from any directory.
 */
export function typeScriptWorkerSource(module: URL): string {
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(path.join(path.dirname(pkgPath), pkg.exports['./esm/api']?.import.default ?? 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
}

/**
 * Worker threads that each answer their messages in order with one `WorkerReply`, asked in turn.
 * A worker that dies fails what it was asked and everything asked of it later.
 */
export class WorkerPool<In, Out> {
  private readonly slots: { worker: Worker; waiting: { resolve(value: Out): void; reject(error: Error): void }[]; failed: Error | null }[];
  private turn = 0;

  constructor(module: URL, size: number, label: string, options: WorkerOptions = {}) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot = { worker: startWorker(module, options), waiting: [] as { resolve(value: Out): void; reject(error: Error): void }[], failed: null as Error | null };
      slot.worker.on('message', (reply: WorkerReply<Out>) => {
        const w = slot.waiting.shift();
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

  ask(message: In): Promise<Out> {
    const slot = this.slots[this.turn++ % this.slots.length] as (typeof this.slots)[number];
    return new Promise<Out>((resolve, reject) => {
      if (slot.failed) return reject(slot.failed);
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
