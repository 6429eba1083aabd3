import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidIdNumber, randomIdNumber, randomName, randomPhone } from './identity.ts';
import { createRandom } from './random.ts';

describe('resident ID numbers', () => {
  it('computes the GB 11643 check character of published examples', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300027')).toBe(false); // 30 February
  });

  it('generates valid numbers with the prefix, birth range and gender digit', () => {
    const rng = createRandom(5);
    const bad: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const gender = i % 2 === 0 ? 'm' : 'f';
      const id = randomIdNumber(rng, '369922', gender, 1960, 1970);
      const year = Number(id.slice(6, 10));
      const ok = isValidIdNumber(id) && id.startsWith('369922') && year >= 1960 && year <= 1970 &&
        Number(id[16]) % 2 === (gender === 'm' ? 1 : 0);
      if (!ok) bad.push(id);
    }
    expect(bad).toEqual([]);
  });
});

describe('names and phones', () => {
  it('gives Chinese names with an ASCII spelling', () => {
    const rng = createRandom(3);
    const bad: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const n = randomName(rng);
      if (!/^[\u4e00-\u9fff]{2,4}$/.test(n.name) || !/^[a-z]+\.[a-z]+$/.test(n.ascii)) bad.push(`${n.name} ${n.ascii}`);
    }
    expect(bad).toEqual([]);
  });

  it('gives 11-digit mobile numbers starting 13, 15, 18 or 19', () => {
    const rng = createRandom(4);
    const phones = Array.from({ length: 2000 }, () => randomPhone(rng));
    expect(phones.filter((p) => !/^1[3589]\d{9}$/.test(p))).toEqual([]);
  });
});
