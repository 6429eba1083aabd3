#!/usr/bin/env node
// Runs Redress from one JavaScript bundle of its TypeScript sources, built at start (about 0.3 s),
// so `npm start` needs no build step and the server carries no TypeScript loader. REDRESS_TSX=1
// runs the sources through tsx instead (CPU profiles then name the source files).
import { pathToFileURL } from 'node:url';
import { bundle } from '../src/platform/bundle.js';

const main = new URL('../src/cli/main.ts', import.meta.url);
const file = process.env.REDRESS_TSX === '1' ? null : bundle(main);
if (file) {
  await import(pathToFileURL(file).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(main.href);
}
