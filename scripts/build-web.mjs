// Builds the web front ends when their sources or the API document changed since the last
// build, so `npm start` stays quick after the first time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'web/dist/.built');
const newest = (p) => {
  const s = fs.statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
};
const sources = ['web/src', 'web/index.html', 'web/portal', 'web/vite.config.ts', 'docs/openapi.json', 'package-lock.json'].map((p) => path.join(root, p));
const force = process.argv.includes('--force');
if (!force && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= Math.max(...sources.map(newest))) {
  console.log('web: up to date');
  process.exit(0);
}
const bin = (name) => path.join(root, 'node_modules/.bin', name);
execFileSync(bin('openapi-typescript'), ['docs/openapi.json', '-o', 'web/src/api/schema.d.ts'], { cwd: root, stdio: 'inherit' });
execFileSync(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
fs.writeFileSync(stamp, new Date().toISOString());
console.log('web: built');
