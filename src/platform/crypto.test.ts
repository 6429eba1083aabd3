import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decrypt, deriveKeys, digest, encrypt, loadOrCreateMasterSecret, parseSecret, randomCode,
  randomToken, SealedValueError, tokenHash,
} from './crypto.ts';

const keys = deriveKeys(Buffer.alloc(32, 7));
const otherKeys = deriveKeys(Buffer.alloc(32, 8));

/** Re-encodes one dot-separated part of a sealed value after flipping one bit of one byte. */
function flip(sealed: string, part: 1 | 2 | 3, byte = 0): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[part] ?? '', 'base64url');
  bytes[byte] = (bytes[byte] ?? 0) ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}

describe('deriveKeys', () => {
  it('derives three distinct 32-byte keys, deterministically', () => {
    const again = deriveKeys(Buffer.alloc(32, 7));
    for (const name of ['encryption', 'digest', 'token'] as const) {
      expect(keys[name]).toHaveLength(32);
      expect(again[name].equals(keys[name])).toBe(true);
      expect(otherKeys[name].equals(keys[name])).toBe(false);
    }
    expect(new Set([keys.encryption, keys.digest, keys.token].map((k) => k.toString('hex'))).size).toBe(3);
  });
});

describe('encrypt / decrypt', () => {
  it('round-trips any Unicode string', () => {
    // 'binary' units are whole code points: lone surrogates cannot survive UTF-8 anywhere.
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (plain) => decrypt(encrypt(plain, keys), keys) === plain));
  });

  it('round-trips the empty string and long Chinese text', () => {
    expect(decrypt(encrypt('', keys), keys)).toBe('');
    const long = '北京市朝阳区建国路88号'.repeat(5000);
    expect(decrypt(encrypt(long, keys), keys)).toBe(long);
  });

  it('produces v1.<iv>.<ciphertext>.<tag> with a fresh IV each time', () => {
    const a = encrypt('张三', keys);
    const b = encrypt('张三', keys);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(a).not.toBe(b);
    const ivs = new Set(Array.from({ length: 200 }, () => encrypt('x', keys).split('.')[1]));
    expect(ivs.size).toBe(200);
  });

  it.each([
    ['IV', 1],
    ['ciphertext', 2],
    ['tag', 3],
  ] as const)('detects a flipped byte in the %s', (_label, part) => {
    const sealed = encrypt('110105194912310021', keys);
    expect(() => decrypt(flip(sealed, part), keys)).toThrow(SealedValueError);
    expect(() => decrypt(flip(sealed, part), keys)).toThrow(/altered or sealed with another key/);
  });

  it('refuses another key, another version and malformed values', () => {
    const sealed = encrypt('13812345678', keys);
    expect(() => decrypt(sealed, otherKeys)).toThrow(/altered or sealed with another key/);
    expect(() => decrypt(sealed.replace(/^v1/, 'v2'), keys)).toThrow(/Unsupported sealed value version "v2"/);
    expect(() => decrypt('not sealed', keys)).toThrow(/expected 4 parts/);
    expect(() => decrypt(`${sealed}.extra`, keys)).toThrow(/expected 4 parts/);
    const [v, iv, body, tag] = sealed.split('.');
    expect(() => decrypt([v, iv, body, `${tag}!`].join('.'), keys)).toThrow(/bad IV, ciphertext or tag/);
    expect(() => decrypt([v, iv?.slice(0, 8), body, tag].join('.'), keys)).toThrow(/bad IV/);
    expect(() => decrypt([v, iv, body, tag?.slice(0, 10)].join('.'), keys)).toThrow(/bad IV/);
  });
});

describe('digest and tokenHash', () => {
  it('are stable, hex, key-dependent and separate from each other', () => {
    expect(digest('13812345678', keys)).toBe(digest('13812345678', keys));
    expect(digest('13812345678', keys)).toMatch(/^[0-9a-f]{64}$/);
    expect(digest('13812345678', keys)).not.toBe(digest('13812345678', otherKeys));
    expect(digest('13812345678', keys)).not.toBe(digest('13812345679', keys));
    expect(tokenHash('abc', keys)).toBe(tokenHash('abc', keys));
    expect(tokenHash('abc', keys)).not.toBe(tokenHash('abc', otherKeys));
    expect(tokenHash('abc', keys)).not.toBe(digest('abc', keys));
  });
});

describe('randomCode and randomToken', () => {
  it('draws codes of the requested length from the alphabet', () => {
    const code = randomCode(12);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(randomCode(0)).toBe('');
    expect(randomCode(6, '01')).toMatch(/^[01]{6}$/);
    expect(Array.from(randomCode(5, '🀀🀁🀂'))).toHaveLength(5); // astral symbols count once
    expect(new Set(Array.from({ length: 100 }, () => randomCode(10))).size).toBe(100);
  });

  it('is unbiased when 256 is not a multiple of the alphabet size', () => {
    // With 200 symbols, `byte % 200` would give symbols 0–55 twice the chance of the others.
    const alphabet = Array.from({ length: 200 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const counts = new Map<string, number>();
    for (const ch of randomCode(200_000, alphabet)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const symbols = Array.from(alphabet);
    const mean = (list: string[]) => list.reduce((sum, ch) => sum + (counts.get(ch) ?? 0), 0) / list.length;
    const ratio = mean(symbols.slice(0, 56)) / mean(symbols.slice(56));
    expect(ratio).toBeGreaterThan(0.95);
    expect(ratio).toBeLessThan(1.05);
  });

  it('rejects bad lengths and alphabets', () => {
    expect(() => randomCode(-1)).toThrow(RangeError);
    expect(() => randomCode(1.5)).toThrow(RangeError);
    expect(() => randomCode(4, 'A')).toThrow(/distinct/);
    expect(() => randomCode(4, 'ABA')).toThrow(/distinct/);
  });

  it('makes base64url tokens of the requested entropy', () => {
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(randomToken(16), 'base64url')).toHaveLength(16);
    expect(randomToken()).not.toBe(randomToken());
  });

  it('never hands out the same pooled bytes twice, across many pool refills', () => {
    // IVs, codes and tokens come from one pool of 4 KiB: draw well past several refills.
    const ivs = new Set<string>();
    const tokens = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      ivs.add(encrypt('x', keys).split('.')[1] as string);
      tokens.add(randomToken(8));
      randomCode(7);
    }
    expect(ivs.size).toBe(3000);
    expect(tokens.size).toBe(3000);
    for (const iv of ivs) expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
    // Large requests bypass the pool and still have the asked length.
    expect(Buffer.from(randomToken(5000), 'base64url')).toHaveLength(5000);
  });
});

describe('master secret', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-secret-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates <dataDir>/secret.key with mode 0600, then reuses it', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const first = loadOrCreateMasterSecret({ env: undefined, dataDir });
    expect(first.created).toBe(true);
    expect(first.path).toBe(join(dataDir, 'secret.key'));
    expect(first.secret).toHaveLength(32);
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, 'secret.key'), 'utf8')).toBe(`${first.secret.toString('hex')}\n`);

    const second = loadOrCreateMasterSecret({ env: undefined, dataDir });
    expect(second.created).toBe(false);
    expect(second.path).toBe(first.path);
    expect(second.secret.equals(first.secret)).toBe(true);
  });

  it('accepts the key file contents as REDRESS_SECRET, so a backup can be given either way', () => {
    const dataDir = tempDir();
    const { secret } = loadOrCreateMasterSecret({ env: undefined, dataDir });
    const env = readFileSync(join(dataDir, 'secret.key'), 'utf8');
    expect(loadOrCreateMasterSecret({ env, dataDir: tempDir() }).secret.equals(secret)).toBe(true);
  });

  it('prefers REDRESS_SECRET and writes no file', () => {
    const dataDir = tempDir();
    const result = loadOrCreateMasterSecret({ env: 'a'.repeat(64), dataDir });
    expect(result).toEqual({ secret: Buffer.alloc(32, 0xaa), created: false });
    expect(() => statSync(join(dataDir, 'secret.key'))).toThrow();
  });

  it('reads hex, base64 and passphrases', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));
    expect(parseSecret(bytes.toString('hex')).equals(bytes)).toBe(true);
    expect(parseSecret(bytes.toString('base64')).equals(bytes)).toBe(true);
    expect(parseSecret(` ${bytes.toString('base64url')}\n`).equals(bytes)).toBe(true);
    const phrase = '信访条例第十四条：各级人民政府应当畅通信访渠道，保障信访人的合法权利不受侵害';
    expect(parseSecret(phrase).equals(createHash('sha256').update(phrase).digest())).toBe(true);
  });

  it('rejects a short REDRESS_SECRET with a clear message', () => {
    expect(() => loadOrCreateMasterSecret({ env: 'hunter2', dataDir: tempDir() })).toThrow(
      /REDRESS_SECRET is too short \(7 characters\): use at least 32 characters/,
    );
    expect(() => parseSecret('')).toThrow(/too short \(0 characters\)/);
    expect(() => parseSecret('x'.repeat(31))).toThrow(/too short/);
    expect(parseSecret('x'.repeat(32))).toHaveLength(32);
  });

  it('refuses a damaged key file instead of replacing it', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'secret.key'), 'garbage\n');
    expect(() => loadOrCreateMasterSecret({ env: undefined, dataDir })).toThrow(/not a Redress key file/);
    expect(readFileSync(join(dataDir, 'secret.key'), 'utf8')).toBe('garbage\n');
  });
});
