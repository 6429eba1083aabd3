import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The source of a worker that runs a TypeScript module through tsx, registered as bin/redress.js
 * registers it for the main thread (Node 20 applies no `--import` hooks to a worker's own entry
 * module). Start it with `new Worker(source, { eval: true })`. The ESM entry of tsx's API is read
 * from its package exports, so this works from any directory.
 */
export function typeScriptWorkerSource(module: URL): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(path.join(path.dirname(pkgPath), pkg.exports['./esm/api']?.import.default ?? 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
}
