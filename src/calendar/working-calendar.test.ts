import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './local-date.ts';
import { WorkingCalendar, bundledLastYear } from './working-calendar.ts';

const calendar = new WorkingCalendar();

describe('bundled 2026 arrangement (国办发明电〔2025〕7号, as shipped in chinese-days)', () => {
  it('National Day: Oct 1–7 off; Sun Sep 20 and Sat Oct 10 are adjusted working days', () => {
    for (let day = 1; day <= 7; day++) {
      const d = `2026-10-0${day}`;
      expect(calendar.isWorkingDay(d), d).toBe(false);
      expect(calendar.restDayName(d), d).toEqual({ zh: '国庆节', en: 'National Day' });
    }
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.restDayName('2026-10-10')).toBeNull();
    expect(calendar.restDayName('2026-10-11')).toEqual({ zh: '周末', en: 'weekend' });
  });

  it('Mid-autumn is a separate holiday, Sep 25–27', () => {
    expect(calendar.restDayName('2026-09-25')).toEqual({ zh: '中秋', en: 'Mid-autumn Festival' });
    expect(calendar.isWorkingDay('2026-09-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-28')).toBe(true);
  });

  it('Spring Festival: Feb 15–23 off; Sat Feb 14 and Sat Feb 28 are working', () => {
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    for (let day = 15; day <= 23; day++) expect(calendar.isWorkingDay(`2026-02-${day}`)).toBe(false);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.restDayName('2026-02-20')).toEqual({ zh: '春节', en: 'Spring Festival' });
  });

  it('ordinary weekdays work and ordinary weekends rest', () => {
    expect(calendar.isWorkingDay('2026-09-28')).toBe(true);
    expect(calendar.restDayName('2026-09-28')).toBeNull();
    expect(calendar.isWorkingDay('2026-09-19')).toBe(false);
  });

  it('agrees with chinese-days on every day it covers', () => {
    const from = toDayNumber('2004-01-01');
    const to = toDayNumber(`${bundledLastYear}-12-31`);
    for (let n = from; n <= to; n++) {
      const d = fromDayNumber(n);
      if (calendar.isWorkingDay(d) !== isWorkday(d)) expect.fail(`disagrees with chinese-days on ${d}`);
    }
  });
});

describe('announcement', () => {
  it('bundles up to 2026 and treats later years as unannounced until entered', () => {
    expect(bundledLastYear).toBeGreaterThanOrEqual(2026);
    expect(calendar.bundledLastYear).toBe(bundledLastYear);
    expect(calendar.lastAnnouncedYear).toBe(bundledLastYear);
    expect(calendar.isAnnounced(`${bundledLastYear}-12-31`)).toBe(true);
    expect(calendar.isAnnounced(`${bundledLastYear + 1}-01-01`)).toBe(false);
    const entered = new WorkingCalendar({ enteredYears: [bundledLastYear + 1] });
    expect(entered.lastAnnouncedYear).toBe(bundledLastYear + 1);
    expect(entered.isAnnounced(`${bundledLastYear + 1}-12-31`)).toBe(true);
    expect(entered.isAnnounced(`${bundledLastYear + 2}-01-01`)).toBe(false);
  });

  it('an entered year already bundled changes nothing', () => {
    expect(new WorkingCalendar({ enteredYears: [2020] }).lastAnnouncedYear).toBe(bundledLastYear);
  });

  it('unannounced years fall back to Monday–Friday', () => {
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true); // a Friday, though surely a holiday
    expect(calendar.isWorkingDay('2027-10-02')).toBe(false);
  });
});

describe('overrides', () => {
  const overridden = new WorkingCalendar({
    enteredYears: [2027],
    overrides: [
      { date: '2027-10-01', kind: 'restday', name: '国庆节' },
      { date: '2027-02-07', kind: 'workday', name: '春节' },
      { date: '2027-09-15', kind: 'restday', name: '中秋节' },
      { date: '2026-10-08', kind: 'restday', name: '防汛' },
      { date: '2026-10-05', kind: 'workday', name: '应急值守' },
      { date: '2027-01-01', kind: 'restday', name: "New Year's Day" },
    ],
  });

  it('mark rest days with their names, English taken from the bundled names where known', () => {
    expect(overridden.isWorkingDay('2027-10-01')).toBe(false);
    expect(overridden.restDayName('2027-10-01')).toEqual({ zh: '国庆节', en: 'National Day' });
    expect(overridden.restDayName('2027-09-15')).toEqual({ zh: '中秋节', en: 'Mid-autumn Festival' });
    expect(overridden.restDayName('2026-10-08')).toEqual({ zh: '防汛', en: '防汛' });
    expect(overridden.restDayName('2027-01-01')).toEqual({ zh: '元旦', en: "New Year's Day" });
  });

  it('mark adjusted working days, which carry no rest-day name', () => {
    expect(overridden.isWorkingDay('2027-02-07')).toBe(true); // a Sunday
    expect(overridden.restDayName('2027-02-07')).toBeNull();
  });

  it('take precedence over the bundled data', () => {
    expect(overridden.isWorkingDay('2026-10-08')).toBe(false);
    expect(overridden.isWorkingDay('2026-10-05')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false); // the shared bundled data is untouched
  });

  it('are validated', () => {
    expect(() => new WorkingCalendar({ overrides: [{ date: '2027-02-30', kind: 'restday', name: 'x' }] }))
      .toThrow(RangeError);
    expect(() => new WorkingCalendar({
      overrides: [
        { date: '2027-10-01', kind: 'restday', name: '国庆节' },
        { date: '2027-10-01', kind: 'workday', name: '国庆节' },
      ],
    })).toThrow(/two overrides/);
    expect(() => new WorkingCalendar({ enteredYears: [2027.5] })).toThrow(RangeError);
  });
});
