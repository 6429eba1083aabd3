import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// Both dictionaries of the web front ends must say the same things: a key missing from one
// shows the raw key to that language's readers, and an empty value shows nothing at all.
const dir = new URL('../web/src/locales/', import.meta.url);
const load = (file: string) => JSON.parse(fs.readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, value);
  return out;
}

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const dictionaries = new Map(files.map((f) => [f, flatten(load(f))]));

describe('the locale dictionaries', () => {
  it('are the Chinese and the English one', () => {
    expect(files).toEqual(['en.json', 'zh-CN.json']);
  });

  it('have exactly the same keys', () => {
    const [first, ...rest] = [...dictionaries.entries()];
    if (!first) throw new Error('no dictionaries');
    for (const [file, keys] of rest) {
      const missing = [...first[1].keys()].filter((k) => !keys.has(k));
      const extra = [...keys.keys()].filter((k) => !first[1].has(k));
      expect({ file, missing, extra }).toEqual({ file, missing: [], extra: [] });
    }
  });

  it('have no empty or non-text values', () => {
    for (const [file, keys] of dictionaries) {
      const bad = [...keys.entries()].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect({ file, bad }).toEqual({ file, bad: [] });
    }
  });

  it('use the same interpolations in both languages', () => {
    const vars = (v: unknown) => [...String(v).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const en = dictionaries.get('en.json') ?? new Map();
    const zh = dictionaries.get('zh-CN.json') ?? new Map();
    const differ = [...en.keys()].filter((k) => zh.has(k) && vars(en.get(k)).join() !== vars(zh.get(k)).join());
    expect(differ).toEqual([]);
  });
});
