// Data protection primitives: one master secret, three derived keys, sealed strings, digests and
// random codes. Pure apart from randomness and the key file; nothing here knows about petitions.
import {
  createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, randomFillSync,
} from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface Keys { encryption: Buffer; digest: Buffer; token: Buffer }

export class SealedValueError extends Error {
  override name = 'SealedValueError';
}

// Separate keys so that, e.g., a leaked digest column cannot be replayed against token hashes.
// The labels are part of the data format: changing one makes every stored value unreadable.
export function deriveKeys(masterSecret: Buffer): Keys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', masterSecret, 'redress', info, 32));
  return {
    encryption: derive('redress/v1/encryption'),
    digest: derive('redress/v1/digest'),
    token: derive('redress/v1/token'),
  };
}

const VERSION = 'v1';
const AAD = Buffer.from(VERSION);
const IV_BYTES = 12;
const TAG_BYTES = 16;

// Random bytes are drawn from the CSPRNG a pool at a time: one call per value costs more than the
// encryption of a short field. Each byte is handed out once and the pool refilled when used up.
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let poolUsed = POOL_BYTES;

/** `size` fresh random bytes (a copy, never handed out again). */
function freshBytes(size: number): Buffer {
  if (!Number.isInteger(size) || size < 0 || size > POOL_BYTES / 4) return randomBytes(size); // randomBytes judges odd sizes
  if (poolUsed + size > POOL_BYTES) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolUsed, poolUsed + size));
  pool.fill(0, poolUsed, poolUsed + size); // nothing left behind to leak later
  poolUsed += size;
  return bytes;
}

export function encrypt(plain: string, keys: Keys): string {
  const iv = freshBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  cipher.setAAD(AAD); // binds the version prefix: it cannot be swapped later
  const head = cipher.update(plain, 'utf8');
  const tail = cipher.final();
  const body = tail.length === 0 ? head : Buffer.concat([head, tail]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
}

// Node's base64url decoder silently skips junk; re-encoding exposes any non-canonical part.
function strictBase64url(part: string): Buffer | null {
  const bytes = Buffer.from(part, 'base64url');
  return bytes.toString('base64url') === part ? bytes : null;
}

export function decrypt(sealed: string, keys: Keys): string {
  const parts = sealed.split('.');
  if (parts.length !== 4) throw new SealedValueError('Malformed sealed value: expected 4 parts');
  const [version, ...encoded] = parts as [string, string, string, string];
  if (version !== VERSION) throw new SealedValueError(`Unsupported sealed value version "${version}"`);
  const [iv, body, tag] = encoded.map(strictBase64url);
  if (!iv || !body || !tag || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SealedValueError('Malformed sealed value: bad IV, ciphertext or tag encoding');
  }
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(AAD);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedValueError('Sealed value failed authentication: it was altered or sealed with another key');
  }
}

/** Keyed digest for exact matching on encrypted columns; the caller normalises `value` first. */
export function digest(value: string, keys: Keys): string {
  return createHmac('sha256', keys.digest).update(value, 'utf8').digest('hex');
}

/** Hash of a high-entropy secret (query code, session token) so the database never holds it. */
export function tokenHash(token: string, keys: Keys): string {
  return createHmac('sha256', keys.token).update(token, 'utf8').digest('hex');
}

/** Uniformly random code; rejection sampling avoids the modulo bias of `byte % alphabet.length`. */
export function randomCode(length: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'): string {
  const symbols = Array.from(alphabet);
  if (!Number.isInteger(length) || length < 0) throw new RangeError('randomCode: length must be a non-negative integer');
  if (symbols.length < 2 || symbols.length > 256 || new Set(symbols).size !== symbols.length) {
    throw new RangeError('randomCode: alphabet needs 2 to 256 distinct characters');
  }
  const limit = 256 - (256 % symbols.length); // bytes at or above this would favour early symbols
  // Collected as symbols, not UTF-16 units, so astral alphabets give `length` symbols too.
  const code: string[] = [];
  while (code.length < length) {
    for (const byte of freshBytes(length * 2)) {
      if (byte < limit && code.length < length) code.push(symbols[byte % symbols.length] ?? '');
    }
  }
  return code.join('');
}

export function randomToken(bytes = 32): string {
  return freshBytes(bytes).toString('base64url');
}

// REDRESS_SECRET forms, tried in this order (fixed forever, since it decides the keys):
// 64 hex digits or base64(url) of exactly 32 bytes → those bytes; any other string of at least
// 32 characters → SHA-256 of its UTF-8, so a long passphrase works too. Whitespace is trimmed.
export function parseSecret(raw: string): Buffer {
  const value = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return Buffer.from(value.replace(/=$/, ''), 'base64url');
  const length = Array.from(value).length;
  if (length >= 32) return createHash('sha256').update(value, 'utf8').digest();
  throw new Error(
    `REDRESS_SECRET is too short (${length} characters): use at least 32 characters, ` +
      'or 32 random bytes as hex or base64 (for example the output of `openssl rand -hex 32`)',
  );
}

export function loadOrCreateMasterSecret(options: { env: string | undefined; dataDir: string }): {
  secret: Buffer; created: boolean; path?: string;
} {
  if (options.env !== undefined) return { secret: parseSecret(options.env), created: false };
  const path = join(options.dataDir, 'secret.key');
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  let fd: number;
  try {
    // 'wx' refuses to overwrite: two processes starting at once must not each create a key.
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { secret: readKeyFile(path), created: false, path };
  }
  try {
    // Hex, so the file's contents also work as REDRESS_SECRET; fsync, since data sealed under a
    // key lost in a crash would be unreadable.
    writeSync(fd, `${secret.toString('hex')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { secret, created: true, path };
}

function readKeyFile(path: string): Buffer {
  const text = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(text)) {
    throw new Error(`${path} is not a Redress key file (expected 64 hex digits); restore it from backup`);
  }
  return Buffer.from(text, 'hex');
}
