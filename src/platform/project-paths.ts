import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The project's root: the nearest directory above this module with Redress's package.json. Found
 * rather than fixed, because this module runs from src/platform (tests, tsx) and from a bundle
 * under node_modules/.cache/redress (bin/redress.js, worker threads) alike.
 */
export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'redress') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Redress package.json above ${from}`);
  }
}

/** A file of the project, by its path from the root ('src/petitions/intake-writer.worker.ts'). */
export const projectFile = (relative: string): URL => pathToFileURL(path.join(projectRoot, relative));
