import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, compareDates, dayOfWeek, daysBetween, fromDayNumber, isLocalDate, toDayNumber,
  toLocalDate, yearOf,
} from './local-date.ts';

// Day numbers for 1900-01-01 … 2199-12-31, a generous span around any petition's dates.
const dayNumber = fc.integer({ min: -25567, max: 84_005 });
const localDate = dayNumber.map(fromDayNumber);

describe('isLocalDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isLocalDate('2026-09-28')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible and malformed dates', () => {
    for (const s of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31',
      '2026-9-28', '2026/09/28', '2026-09-28T00:00', ' 2026-09-28', '0000-01-01', '', '２０２６-09-28']) {
      expect(isLocalDate(s), s).toBe(false);
    }
    expect(isLocalDate(20260928)).toBe(false);
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('crosses month, leap-year and year ends', () => {
    expect(addDays('2026-09-28', 15)).toBe('2026-10-13');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-09-28', '2026-10-13')).toBe(15);
    expect(daysBetween('2026-10-13', '2026-09-28')).toBe(-15);
    expect(() => addDays('2026-09-28', 1.5)).toThrow(RangeError);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(dayOfWeek('2026-09-20')).toBe(0);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('compares and extracts the year', () => {
    expect(compareDates('2026-09-28', '2026-10-01')).toBe(-1);
    expect(compareDates('2026-10-01', '2026-10-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(yearOf('2027-01-01')).toBe(2027);
    expect(() => yearOf('2027-02-29')).toThrow(RangeError);
  });

  it('agrees with Date.UTC on every day number (property)', () => {
    fc.assert(fc.property(dayNumber, (n) => {
      const d = fromDayNumber(n);
      const utc = new Date(n * 86_400_000);
      expect(d).toBe(utc.toISOString().slice(0, 10));
      expect(toDayNumber(d)).toBe(n);
      expect(dayOfWeek(d)).toBe(utc.getUTCDay());
    }), { numRuns: 2000 });
  });

  it('addDays and daysBetween are inverse, and ordering matches day order (property)', () => {
    fc.assert(fc.property(localDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
      const e = addDays(d, n);
      expect(daysBetween(d, e)).toBe(n);
      expect(compareDates(d, e)).toBe(Math.sign(n) === 0 ? 0 : -Math.sign(n));
      // Fixed-width strings sort as the dates they name, which the database relies on.
      expect(d < e).toBe(n > 0);
    }));
  });
});

describe('toLocalDate', () => {
  it('uses China Standard Time: midnight in Beijing is 16:00 UTC the day before', () => {
    expect(toLocalDate(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(toLocalDate(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    expect(toLocalDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('accepts another zone, and refuses an invalid instant', () => {
    expect(toLocalDate(new Date('2026-09-30T16:00:00Z'), 'UTC')).toBe('2026-09-30');
    expect(toLocalDate(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(() => toLocalDate(new Date('nonsense'))).toThrow(RangeError);
  });

  it('equals the UTC date of the instant shifted by eight hours (property)', () => {
    const instant = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(fc.property(instant, (ms) => {
      expect(toLocalDate(new Date(ms))).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
    }));
  });
});
