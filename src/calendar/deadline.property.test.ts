import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueDate, extendDueDate, type TimeLimit } from './deadline.ts';
import { addDays, compareDates, daysBetween, fromDayNumber, toDayNumber, yearOf } from './local-date.ts';
import { WorkingCalendar, type CalendarOverride } from './working-calendar.ts';

const dateIn = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
// Year ends matter most: that is where announced and provisional years meet.
const nearYearEnd = fc.integer({ min: 2025, max: 2029 }).chain((y) => dateIn(`${y}-12-20`, `${y + 1}-01-10`));
const anyDate = fc.oneof(dateIn('2024-01-01', '2029-12-31'), nearYearEnd);

const limit: fc.Arbitrary<TimeLimit> = fc.oneof(
  fc.record({ days: fc.integer({ min: 1, max: 90 }), unit: fc.constant('calendar' as const) }),
  fc.record({ days: fc.integer({ min: 1, max: 30 }), unit: fc.constant('working' as const) }),
);

// Overrides come in runs, like real holidays, so rolls cross several days and several names.
const overrideRun = fc.record({
  first: anyDate,
  length: fc.integer({ min: 1, max: 9 }),
  kind: fc.constantFrom('workday' as const, 'restday' as const, 'restday' as const),
  name: fc.constantFrom('国庆节', '春节', '防汛'),
});
const calendarOptions = fc.record({
  runs: fc.array(overrideRun, { maxLength: 12 }),
  enteredYears: fc.subarray([2027, 2028, 2029]),
}).map(({ runs, enteredYears }) => {
  const byDate = new Map<string, CalendarOverride>();
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const date = addDays(run.first, i);
      if (!byDate.has(date)) byDate.set(date, { date, kind: run.kind, name: run.name });
    }
  }
  return { overrides: [...byDate.values()], enteredYears };
});

// A scenario aims the end of the period at an override, a year end or a bundled holiday about
// half the time; uniformly drawn starts rarely land a period's end anywhere interesting.
const scenario = calendarOptions.chain((options) => {
  const targets = [...options.overrides.map((o) => o.date), '2026-10-04', '2026-02-18', '2025-10-01'];
  const aimed = fc.tuple(fc.constantFrom(...targets), fc.integer({ min: -3, max: 3 }), limit)
    .map(([target, shift, l]): [string, TimeLimit] => [addDays(target, shift - l.days), l]);
  const uniform = fc.tuple(anyDate, limit);
  return fc.tuple(fc.constant(new WorkingCalendar(options)), fc.oneof(aimed, uniform));
}).map(([cal, [s, l]]) => ({ cal, s, l }));

function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; compareDates(d, last) <= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

const runs = { numRuns: 500 };

describe('computeDueDate properties', () => {
  it('the due date is always a working day', () => {
    fc.assert(fc.property(scenario, ({ cal, s, l }) => {
      expect(cal.isWorkingDay(computeDueDate(s, l, cal).dueOn)).toBe(true);
    }), runs);
  });

  it('dueOn >= nominal >= start + days, and nominal is exactly start + days for calendar periods', () => {
    fc.assert(fc.property(scenario, ({ cal, s, l }) => {
      const e = computeDueDate(s, l, cal);
      expect(compareDates(e.dueOn, e.nominal)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(s, e.nominal)).toBeGreaterThanOrEqual(l.days);
      if (l.unit === 'calendar') expect(e.nominal).toBe(addDays(s, l.days));
    }), runs);
  });

  it('rolling never skips a working day, and names exactly the rest days rolled over', () => {
    fc.assert(fc.property(scenario, ({ cal, s, l }) => {
      const e = computeDueDate(s, l, cal);
      const rolled = e.nominal === e.dueOn ? [] : daysFrom(e.nominal, addDays(e.dueOn, -1));
      for (const d of rolled) expect(cal.isWorkingDay(d), d).toBe(false);
      const names = new Map(rolled.map((d) => cal.restDayName(d)).map((n) => [`${n?.zh}|${n?.en}`, n]));
      expect(e.movedPast).toEqual([...names.values()]);
    }), runs);
  });

  it('a working-day period holds exactly N working days after the start', () => {
    fc.assert(fc.property(scenario, ({ cal, s, l }) => {
      const n = Math.min(l.days, 30);
      const e = computeDueDate(s, { days: n, unit: 'working' }, cal);
      const counted = daysFrom(addDays(s, 1), e.dueOn).filter((d) => cal.isWorkingDay(d));
      expect(counted.length).toBe(n);
      expect(e.nominal).toBe(e.dueOn);
    }), runs);
  });

  it('is monotonic in the start date', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 0, max: 40 }), ({ cal, s, l }, gap) => {
      const later = addDays(s, gap);
      expect(compareDates(computeDueDate(s, l, cal).dueOn, computeDueDate(later, l, cal).dueOn)).toBeLessThanOrEqual(0);
    }), runs);
  });

  it('is monotonic in the number of days', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 0, max: 30 }), ({ cal, s, l }, more) => {
      const longer = { ...l, days: l.days + more };
      expect(compareDates(computeDueDate(s, l, cal).dueOn, computeDueDate(s, longer, cal).dueOn)).toBeLessThanOrEqual(0);
    }), runs);
  });

  it('is provisional iff a day that decided it lies beyond the last announced year', () => {
    fc.assert(fc.property(scenario, ({ cal, s, l }) => {
      const e = computeDueDate(s, l, cal);
      const deciding = l.unit === 'working' ? daysFrom(addDays(s, 1), e.dueOn) : daysFrom(e.nominal, e.dueOn);
      expect(e.provisional).toBe(deciding.some((d) => yearOf(d) > cal.lastAnnouncedYear));
    }), runs);
  });

  it('an extension equals one longer period from the same start', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 1, max: 30 }), ({ cal, s, l }, extra) => {
      const extended = extendDueDate(computeDueDate(s, { days: l.days, unit: 'calendar' }, cal), extra, cal);
      expect(extended).toEqual(computeDueDate(s, { days: l.days + extra, unit: 'calendar' }, cal));
    }), runs);
  });
});
