import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../platform/errors.ts';
import { randomCode } from '../platform/crypto.ts';

// Passwords: argon2id with the library's defaults (19 MiB, 2 passes — the OWASP baseline),
// at least 10 characters, counted as characters a person types, not UTF-16 units.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

const ARGON2ID = 2; // Algorithm.Argon2id: a const enum, which isolated modules cannot import

export function assertAcceptablePassword(password: string): void {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN) {
    throw new AppError('badRequest', 'passwordTooShort', {
      zh: `密码至少需要 ${PASSWORD_MIN} 个字符`,
      en: `The password must have at least ${PASSWORD_MIN} characters`,
    });
  }
  if (length > PASSWORD_MAX) {
    throw new AppError('badRequest', 'passwordTooLong', {
      zh: `密码不能超过 ${PASSWORD_MAX} 个字符`,
      en: `The password must have at most ${PASSWORD_MAX} characters`,
    });
  }
}

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: ARGON2ID });

/** False for a wrong password and for a hash that cannot be read — never throws. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Spends the time of one verification, so an unknown username answers as slowly as a known one. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomCode(24));
  await verifyPassword(await decoy, password);
  return false;
}

/** A one-time password to hand over: 16 symbols (about 79 bits) without look-alikes, in groups of four. */
export function generatePassword(): string {
  return (randomCode(16, 'abcdefghjkmnpqrstuvwxyz23456789').match(/.{4}/g) ?? []).join('-');
}
