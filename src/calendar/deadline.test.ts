import { describe, expect, it } from 'vitest';
import { computeDueDate, dueStatus, extendDueDate } from './deadline.ts';
import { addDays } from './local-date.ts';
import { WorkingCalendar, type CalendarOverride } from './working-calendar.ts';

const calendar = new WorkingCalendar();
const days = (n: number) => ({ days: n, unit: 'calendar' as const });
const workingDays = (n: number) => ({ days: n, unit: 'working' as const });
const NATIONAL_DAY = { zh: '国庆节', en: 'National Day' };

// The 2027 arrangement as an administrator would enter it (dates illustrative, not official).
const nationalDay2027: CalendarOverride[] = Array.from({ length: 7 }, (_, i) => ({
  date: addDays('2027-10-01', i), kind: 'restday' as const, name: '国庆节',
}));

describe('calendar-day periods (the civil-law rule)', () => {
  it('15 days from registration on 2026-09-28 run through National Day and end on Tue 2026-10-13', () => {
    // Holidays inside a period do not lengthen it; only a rest day at its end moves it.
    expect(computeDueDate('2026-09-28', days(15), calendar)).toEqual({
      start: '2026-09-28', days: 15, unit: 'calendar',
      nominal: '2026-10-13', dueOn: '2026-10-13', movedPast: [], provisional: false,
    });
  });

  it('a period ending inside National Day 2026 moves to Thu 2026-10-08', () => {
    const e = computeDueDate('2026-09-19', days(15), calendar);
    expect([e.nominal, e.dueOn]).toEqual(['2026-10-04', '2026-10-08']);
    expect(e.movedPast).toEqual([NATIONAL_DAY]);
  });

  it('a period ending on an adjusted working Saturday (调休) is not moved', () => {
    expect(computeDueDate('2026-09-25', days(15), calendar).dueOn).toBe('2026-10-10');
    expect(computeDueDate('2026-09-05', days(15), calendar).dueOn).toBe('2026-09-20'); // a Sunday
  });

  it('an ordinary weekend moves the end to Monday', () => {
    const e = computeDueDate('2026-11-06', days(15), calendar);
    expect([e.nominal, e.dueOn]).toEqual(['2026-11-21', '2026-11-23']);
    expect(e.movedPast).toEqual([{ zh: '周末', en: 'weekend' }]);
  });

  it('names each holiday rolled over once (2025: National Day with Mid-autumn on Oct 6)', () => {
    const e = computeDueDate('2025-09-16', days(15), calendar);
    expect([e.nominal, e.dueOn]).toEqual(['2025-10-01', '2025-10-09']);
    expect(e.movedPast).toEqual([NATIONAL_DAY, { zh: '中秋', en: 'Mid-autumn Festival' }]);
  });

  it('60 days of handling ending in Spring Festival 2026 move past it to Tue 2026-02-24', () => {
    const e = computeDueDate('2025-12-20', days(60), calendar);
    expect([e.nominal, e.dueOn]).toEqual(['2026-02-18', '2026-02-24']);
    expect(e.movedPast).toEqual([{ zh: '春节', en: 'Spring Festival' }]);
  });
});

describe('working-day periods (the objection period)', () => {
  it('5 working days from 2026-09-30 skip National Day and count Sat 2026-10-10', () => {
    // Oct 8, Oct 9, Oct 10 (调休), Oct 12, Oct 13.
    expect(computeDueDate('2026-09-30', workingDays(5), calendar)).toEqual({
      start: '2026-09-30', days: 5, unit: 'working',
      nominal: '2026-10-13', dueOn: '2026-10-13', movedPast: [], provisional: false,
    });
  });

  it('5 working days from 2026-09-24 skip Mid-autumn and National Day', () => {
    // Sep 28, 29, 30, Oct 8, 9.
    expect(computeDueDate('2026-09-24', workingDays(5), calendar).dueOn).toBe('2026-10-09');
  });
});

describe('years not yet announced', () => {
  it('a due date in 2027 is provisional until 2027 is entered', () => {
    const e = computeDueDate('2026-12-20', days(15), calendar);
    expect([e.dueOn, e.provisional]).toEqual(['2027-01-04', true]);
    const entered = new WorkingCalendar({ enteredYears: [2027] });
    expect(computeDueDate('2026-12-20', days(15), entered).provisional).toBe(false);
  });

  it('a 2027 override rest day moves a due date; still provisional until the year is entered', () => {
    expect(computeDueDate('2027-09-16', days(15), calendar).dueOn).toBe('2027-10-01');
    const partial = new WorkingCalendar({ overrides: nationalDay2027 });
    const e = computeDueDate('2027-09-16', days(15), partial);
    expect([e.nominal, e.dueOn, e.provisional]).toEqual(['2027-10-01', '2027-10-08', true]);
    expect(e.movedPast).toEqual([NATIONAL_DAY]);
    const full = new WorkingCalendar({ overrides: nationalDay2027, enteredYears: [2027] });
    expect(computeDueDate('2027-09-16', days(15), full).provisional).toBe(false);
  });

  it('a period ending on 2026-12-31 is final, unless rolled into 2027', () => {
    expect(computeDueDate('2026-12-16', days(15), calendar).provisional).toBe(false);
    const closed = new WorkingCalendar({ overrides: [{ date: '2026-12-31', kind: 'restday', name: '停电' }] });
    const e = computeDueDate('2026-12-16', days(15), closed);
    expect([e.dueOn, e.provisional]).toEqual(['2027-01-01', true]);
  });

  it('working days counted into 2027 are provisional', () => {
    const e = computeDueDate('2026-12-28', workingDays(5), calendar);
    expect([e.dueOn, e.provisional]).toEqual(['2027-01-04', true]);
    expect(computeDueDate('2026-12-24', workingDays(5), calendar).provisional).toBe(false);
  });
});

describe('extendDueDate', () => {
  it('adds the extension to the nominal end, not to the rolled due date', () => {
    const handling = computeDueDate('2026-08-05', days(60), calendar);
    expect([handling.nominal, handling.dueOn]).toEqual(['2026-10-04', '2026-10-08']);
    const extended = extendDueDate(handling, 30, calendar);
    expect([extended.days, extended.nominal, extended.dueOn]).toEqual([90, '2026-11-03', '2026-11-03']);
    expect(extended.start).toBe('2026-08-05');
  });

  it('recomputes a provisional date on the calendar it is given', () => {
    const before = computeDueDate('2027-08-17', days(15), calendar);
    const after = extendDueDate(before, 30, new WorkingCalendar({ overrides: nationalDay2027, enteredYears: [2027] }));
    expect([after.nominal, after.dueOn, after.provisional]).toEqual(['2027-10-01', '2027-10-08', false]);
  });

  it('refuses working-day periods and empty extensions', () => {
    const objection = computeDueDate('2026-09-30', workingDays(5), calendar);
    expect(() => extendDueDate(objection, 5, calendar)).toThrow(RangeError);
    expect(() => extendDueDate(computeDueDate('2026-09-30', days(60), calendar), 0, calendar)).toThrow(RangeError);
  });
});

it('refuses nonsense limits and dates', () => {
  expect(() => computeDueDate('2026-09-30', days(0), calendar)).toThrow(RangeError);
  expect(() => computeDueDate('2026-09-30', days(1.5), calendar)).toThrow(RangeError);
  expect(() => computeDueDate('2026-02-30', days(15), calendar)).toThrow(RangeError);
  expect(() => computeDueDate('2026-09-30', { days: 5, unit: 'hours' as 'working' }, calendar)).toThrow(RangeError);
});

describe('dueStatus', () => {
  it('warns within three days, the due date included, and is overdue only after it', () => {
    expect(dueStatus('2026-10-13', '2026-10-09')).toBe('ok');
    expect(dueStatus('2026-10-13', '2026-10-10')).toBe('dueSoon');
    expect(dueStatus('2026-10-13', '2026-10-13')).toBe('dueSoon');
    expect(dueStatus('2026-10-13', '2026-10-14')).toBe('overdue');
    expect(dueStatus('2026-10-13', '2026-10-12', 0)).toBe('ok');
    expect(dueStatus('2026-10-13', '2026-10-06', 7)).toBe('dueSoon');
  });
});

it('computes a million due dates in well under a few seconds', () => {
  const starts = Array.from({ length: 1000 }, (_, i) => addDays('2025-06-01', i));
  const t0 = performance.now();
  for (let i = 0; i < 1_000_000; i++) {
    const start = starts[i % 1000] ?? '2026-01-01';
    computeDueDate(start, i % 10 === 0 ? workingDays(5) : days(i % 2 === 0 ? 15 : 60), calendar);
  }
  expect(performance.now() - t0).toBeLessThan(3000);
});
