import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every dictionary of the web front ends comes as a Chinese and an English file that must say the
// same things: a key missing from one shows the raw key to that language's readers, and an empty
// value shows nothing at all. Area dictionaries (reception/*.zh-CN.json) each own one top-level
// key, because the app merges them into one.
const root = fileURLToPath(new URL('../web/src/locales/', import.meta.url));


function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, value);
  return out;
}

const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const pairs = files
  .filter((f) => f.endsWith('zh-CN.json'))
  .map((zhFile) => {
    const enFile = zhFile.replace(/zh-CN\.json$/, 'en.json');
    return { zhFile, enFile, zh: flatten(load(zhFile)), en: files.includes(enFile) ? flatten(load(enFile)) : new Map<string, unknown>() };
  });

describe('the locale dictionaries', () => {
  it('come in Chinese and English pairs', () => {
    expect(files.filter((f) => f.endsWith('en.json')).sort()).toEqual(pairs.map((p) => p.enFile).sort());
    expect(pairs.map((p) => p.zhFile)).toContain('zh-CN.json');
  });

  it('have exactly the same keys in both languages', () => {
    for (const { zhFile, zh, en } of pairs) {
      const missing = [...zh.keys()].filter((k) => !en.has(k));
      const extra = [...en.keys()].filter((k) => !zh.has(k));
      expect({ zhFile, missing, extra }).toEqual({ zhFile, missing: [], extra: [] });
    }
  });

  it('never define the same top-level key in two files, so merging loses nothing', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { zhFile } of pairs) {
      for (const key of Object.keys(load(zhFile))) {
        const first = owner.get(key);
        if (first) clashes.push(`${key}: ${first} and ${zhFile}`);
        owner.set(key, zhFile);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('have no empty or non-text values', () => {
    for (const { zhFile, enFile, zh, en } of pairs) {
      for (const [file, keys] of [[zhFile, zh], [enFile, en]] as const) {
        const bad = [...keys.entries()].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
        expect({ file, bad }).toEqual({ file, bad: [] });
      }
    }
  });

  it('use the same interpolations in both languages', () => {
    const vars = (v: unknown) => [...String(v).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const { zh, en } of pairs) {
      const differ = [...en.keys()].filter((k) => zh.has(k) && vars(en.get(k)).join() !== vars(zh.get(k)).join());
      expect(differ).toEqual([]);
    }
  });
});
