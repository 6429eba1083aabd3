import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResidentId, residentIdCheckChar } from './resident-id.ts';

/** A valid number for the given region, birth date (YYYYMMDD) and sequence. */
const build = (region: string, birth: string, sequence: string) => {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
};

describe('residentIdCheckChar', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(build('440524', '18800101', '001')).toBe('440524188001010014');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('checkResidentId', () => {
  it('accepts the known example, tolerating lower-case x and surrounding spaces', () => {
    const expected = { ok: true, normalized: '11010519491231002X', birthDate: '1949-12-31' };
    expect(checkResidentId('11010519491231002X')).toEqual(expected);
    expect(checkResidentId('  11010519491231002x ')).toEqual(expected);
  });

  it('accepts every well-formed number built with the helper', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(6), date, digits(3), (region, when, sequence) => {
        const iso = when.toISOString().slice(0, 10);
        const result = checkResidentId(build(region, iso.replaceAll('-', ''), sequence));
        return result.ok && result.birthDate === iso;
      }),
    );
  });

  it('rejects any wrong check character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'0123456789X'), (check) => {
        fc.pre(check !== 'X');
        return checkResidentId(`11010519491231002${check}`).ok === false;
      }),
    );
    expect(checkResidentId('110105194912310021')).toEqual({ ok: false, reason: 'checksum' });
  });

  it.each([
    ['', 'length'],
    ['11010519491231002', 'length'],
    ['11010519491231002X1', 'length'],
    ['110105491231002', 'length'], // first-generation 15-digit numbers are no longer valid
    ['11010519491231002Y', 'format'],
    ['1101051949123100X2', 'format'],
    ['11010519491２31002X', 'format'], // full-width digit
    ['１１０１０５１９４９１２３１００２Ｘ', 'format'],
  ] as const)('rejects %j for %s', (id, reason) => {
    expect(checkResidentId(id)).toEqual({ ok: false, reason });
  });

  it.each([
    ['18991231', 'before 1900'],
    ['19490230', '30 February'],
    ['19000229', '1900 was not a leap year'],
    ['19491301', 'month 13'],
    ['19490001', 'month 0'],
    ['19490100', 'day 0'],
    ['19490431', '31 April'],
    ['00000000', 'all zeros'],
  ])('rejects birth date %s (%s) even with a correct check character', (birth) => {
    expect(checkResidentId(build('110105', birth, '002'))).toEqual({ ok: false, reason: 'birthDate' });
  });

  it('accepts leap days that exist', () => {
    expect(checkResidentId(build('110105', '20000229', '002'))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(checkResidentId(build('110105', '19000101', '002'))).toMatchObject({ ok: true });
  });

  it('rejects a birth date after `today` when one is given', () => {
    const id = build('310101', '20260315', '123');
    expect(checkResidentId(id)).toMatchObject({ ok: true });
    expect(checkResidentId(id, '2026-03-15')).toMatchObject({ ok: true });
    expect(checkResidentId(id, '2026-03-14')).toEqual({ ok: false, reason: 'birthDate' });
  });
});
