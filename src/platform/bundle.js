// Plain JavaScript, so that bin/redress.js can use it before any TypeScript loader exists.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const require = createRequire(import.meta.url);
const built = new Map();

/**
 * Bundles a TypeScript module and the project files it imports into one JavaScript file (esbuild;
 * npm packages stay imports), once per process and module. Running that file instead of the
 * sources through tsx leaves no TypeScript loader in the process or thread, which cost about
 * 49 MiB in the server and 44 MiB in a worker thread (docs/PERFORMANCE.md). The file goes under
 * node_modules/.cache/redress, where the packages it imports resolve, named by its content so that
 * processes running different versions never share one, and written under a temporary name first
 * so that nothing ever loads half a file. Null where it cannot be built or written: run the
 * sources through tsx then.
 */
export function bundle(module) {
  let file = built.get(module.href);
  if (file !== undefined) return file;
  try {
    const output = buildSync({ entryPoints: [fileURLToPath(module)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', write: false, logLevel: 'silent' });
    const code = output.outputFiles[0]?.contents;
    if (!code) throw new Error('esbuild produced no output');
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
  } catch (error) {
    // The TypeScript runs through tsx instead: slower to start and heavier (docs/ARCHITECTURE.md).
    process.stderr.write(`redress: no bundle of ${fileURLToPath(module)} (${error instanceof Error ? error.message.split('\n')[0] : error}); running it through tsx\n`);
    file = null;
  }
  built.set(module.href, file);
  return file;
}
