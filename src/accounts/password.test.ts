import { describe, expect, it } from 'vitest';
import { assertAcceptablePassword, generatePassword, hashPassword, verifyDecoy, verifyPassword } from './password.ts';
import { normalizeUsername, validUsername } from './username.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct-horse');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct-horse')).toBe(true);
    expect(await verifyPassword(hash, 'correct-hors')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
    expect(await verifyDecoy('anything')).toBe(false);
  });

  it('needs at least 10 characters, counted as characters', () => {
    expect(() => assertAcceptablePassword('123456789')).toThrow(expect.objectContaining({ code: 'passwordTooShort' }));
    expect(() => assertAcceptablePassword('1234567890')).not.toThrow();
    expect(() => assertAcceptablePassword('信访工作条例二〇二二年')).not.toThrow();
    expect(() => assertAcceptablePassword('😀😀😀😀😀')).toThrow(); // 10 UTF-16 units, 5 characters
  });

  it('generates acceptable, distinct one-time passwords', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(() => assertAcceptablePassword(a)).not.toThrow();
    expect(generatePassword()).not.toBe(a);
  });
});

describe('usernames', () => {
  it('are lower-cased logins of letters, digits, dots, underscores and hyphens', () => {
    expect(normalizeUsername('  Zhang.Wei ')).toBe('zhang.wei');
    expect(validUsername('zhang.wei.zjj')).toBe('zhang.wei.zjj');
    for (const bad of ['a', '.zhang', '张伟', 'zhang wei', 'x'.repeat(64)]) {
      expect(() => validUsername(bad)).toThrow(expect.objectContaining({ code: 'username' }));
    }
  });
});
