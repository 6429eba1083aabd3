import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { WorkerReply } from './worker-reply.ts';

const require = createRequire(import.meta.url);
const bundles = new Map<string, string | null>();

/**
 * Starts a worker thread on a TypeScript module. The module and the project files it imports are
 * bundled once per process into plain JavaScript (esbuild; npm packages stay imports), so the
 * thread carries no TypeScript loader: tsx in a worker cost about 44 MiB more than the bundle
 * (docs/PERFORMANCE.md). The bundle is written under node_modules/.cache/redress, where the
 * packages it imports resolve; where that cannot be written, the thread runs the module through
 * tsx as the main thread does.
 */
export function startWorker(module: URL, options: WorkerOptions = {}): Worker {
  const bundle = workerBundle(module);
  if (bundle) return new Worker(bundle, options);
  return new Worker(typeScriptWorkerSource(module), { ...options, eval: true });
}

/** The bundled JavaScript file of a worker module, or null where it cannot be built or written. */
export function workerBundle(module: URL): string | null {
  let file = bundles.get(module.href);
  if (file !== undefined) return file;
  try {
    const built = buildSync({ entryPoints: [fileURLToPath(module)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
    const code = built.outputFiles[0]?.contents;
    if (!code) throw new Error('esbuild produced no output');
    // Named by content, so that processes running different versions never share a file, and
    // written under a temporary name first, so that no thread ever loads half a file.
    const entry = require.resolve('esbuild');
    const marker = `${path.sep}node_modules${path.sep}`;
    if (!entry.includes(marker)) throw new Error('esbuild is not installed under node_modules');
    const dir = path.join(entry.slice(0, entry.lastIndexOf(marker) + marker.length), '.cache', 'redress');
    const name = `${path.basename(fileURLToPath(module), '.ts')}-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.${crypto.randomUUID()}`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, file);
    }
  } catch {
    file = null;
  }
  bundles.set(module.href, file);
  return file;
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
