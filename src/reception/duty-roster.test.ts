import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.ts';
import { AppError } from '../platform/errors.ts';
import { assertNotPast, checkRange, checkReason, coverage, dayInfo, daysFrom, findGaps, monthDays, rotation } from './duty-roster.ts';

const calendar = new WorkingCalendar();
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
  return null;
};

describe('the kind of each roster day', () => {
  it('comes from the working calendar: holidays with their name, weekends, adjusted working days', () => {
    expect(dayInfo(calendar, '2026-10-03')).toEqual({ day: '2026-10-03', kind: 'holiday', holiday: { zh: '国庆节', en: 'National Day' } });
    expect(dayInfo(calendar, '2026-10-10')).toMatchObject({ kind: 'adjustedWorkday', holiday: null });
    expect(dayInfo(calendar, '2026-10-11')).toMatchObject({ kind: 'weekend', holiday: null });
    expect(dayInfo(calendar, '2026-10-12')).toMatchObject({ kind: 'workday', holiday: null });
  });

  it('follows an administrator’s override of the calendar', () => {
    const edited = new WorkingCalendar({ overrides: [{ date: '2026-10-12', kind: 'restday', name: '国庆' }] });
    expect(dayInfo(edited, '2026-10-12')).toMatchObject({ kind: 'holiday', holiday: { zh: '国庆' } });
  });
});

describe('ranges and months', () => {
  it('lists the days of a range and of a month', () => {
    expect(daysFrom('2026-09-29', '2026-10-02')).toEqual(['2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02']);
    expect(monthDays('2026-02')).toHaveLength(28);
    expect(monthDays('2028-02').at(-1)).toBe('2028-02-29');
  });

  it('refuses bad dates, reversed or overlong ranges, bad months and past days with their own codes', () => {
    expect(code(() => checkRange('2026-02-30', '2026-03-01'))).toBe('invalidDate');
    expect(code(() => checkRange('2026-10-02', '2026-10-01'))).toBe('rangeReversed');
    expect(code(() => checkRange('2026-01-01', '2026-06-01'))).toBe('rangeTooLong');
    expect(code(() => checkRange('2026-10-01', '2026-10-01'))).toBeNull();
    expect(code(() => monthDays('2026-13'))).toBe('invalidMonth');
    expect(code(() => assertNotPast('2026-09-27', '2026-09-28'))).toBe('dayPassed');
    expect(code(() => assertNotPast('2026-09-28', '2026-09-28'))).toBeNull();
  });

  it('needs a reason for a swap, trimmed', () => {
    expect(code(() => checkReason('   '))).toBe('reasonRequired');
    expect(code(() => checkReason('x'.repeat(501)))).toBe('reasonTooLong');
    expect(checkReason('  生病请假 ')).toBe('生病请假');
  });
});

describe('coverage and gaps', () => {
  const office = 3;
  const county = 2;
  const shifts = [
    { organizationId: office, day: '2026-10-01', duty: 'reception' as const, userId: 10 },
    { organizationId: county, day: '2026-10-01', duty: 'onCall' as const, userId: 20 },
    { organizationId: office, day: '2026-10-02', duty: 'onCall' as const, userId: 11 },
    { organizationId: county, day: '2026-10-02', duty: 'onCall' as const, userId: 20 },
  ];

  it('takes the office’s own people first, then the nearest ancestor’s, like whoIsOnDuty', () => {
    expect(coverage(shifts, [office, county, 1], '2026-10-01', 'onCall')).toEqual({ userIds: [20], fromOrgId: county });
    expect(coverage(shifts, [office, county, 1], '2026-10-02', 'onCall')).toEqual({ userIds: [11], fromOrgId: office });
    expect(coverage(shifts, [office, county, 1], '2026-10-03', 'onCall')).toEqual({ userIds: [], fromOrgId: null });
  });

  it('names each day missing a duty, with the kind of day', () => {
    const gaps = findGaps(calendar, daysFrom('2026-10-01', '2026-10-03'), shifts, [office, county]);
    expect(gaps).toEqual([
      { day: '2026-10-02', kind: 'holiday', holiday: { zh: '国庆节', en: 'National Day' }, duties: ['reception'] },
      { day: '2026-10-03', kind: 'holiday', holiday: { zh: '国庆节', en: 'National Day' }, duties: ['reception', 'onCall'] },
    ]);
  });
});

describe('a rotation over a range', () => {
  const days = daysFrom('2026-10-01', '2026-10-05');

  it('takes the people in order, wrapping round', () => {
    const plan = rotation({ days, userIds: [1, 2, 3], perDay: 1, onlyGaps: false, existing: new Map() });
    expect(plan.map((a) => `${a.day.slice(8)}:${a.userId}`)).toEqual(['01:1', '02:2', '03:3', '04:1', '05:2']);
  });

  it('puts several people on a day when asked', () => {
    const plan = rotation({ days: days.slice(0, 2), userIds: [1, 2, 3], perDay: 2, onlyGaps: false, existing: new Map() });
    expect(plan.map((a) => `${a.day.slice(8)}:${a.userId}`)).toEqual(['01:1', '01:2', '02:3', '02:1']);
  });

  it('fills only the gaps without moving the rotation on for days already covered', () => {
    const existing = new Map([['2026-10-02', [9]], ['2026-10-04', [9]]]);
    const plan = rotation({ days, userIds: [1, 2], perDay: 1, onlyGaps: true, existing });
    expect(plan.map((a) => `${a.day.slice(8)}:${a.userId}`)).toEqual(['01:1', '03:2', '05:1']);
  });

  it('never adds someone already on the day', () => {
    const plan = rotation({ days: days.slice(0, 1), userIds: [1], perDay: 1, onlyGaps: false, existing: new Map([['2026-10-01', [1]]]) });
    expect(plan).toEqual([]);
  });
});
