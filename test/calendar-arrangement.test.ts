// The administrator's calendar form is pure date handling; it is tested here because vitest runs test/ and src/.
import { describe, expect, it } from 'vitest';
import { fromDays, parseDays, problemsOf, toDays } from '../web/src/workbench/admin/calendar/arrangement.ts';

describe('a year’s arrangement', () => {
  it('expands holiday ranges and round-trips them', () => {
    const days = toDays([{ name: '春节', from: '2027-02-28', to: '2027-03-02' }], [{ name: '春节', date: '2027-02-20' }]);
    expect(days.map((d) => `${d.date}${d.kind[0]}`)).toEqual(['2027-02-20w', '2027-02-28r', '2027-03-01r', '2027-03-02r']);
    expect(fromDays(days)).toEqual({ holidays: [{ name: '春节', from: '2027-02-28', to: '2027-03-02' }], workdays: [{ name: '春节', date: '2027-02-20' }] });
  });

  it('finds what the server would refuse', () => {
    const days = [
      { date: '2027-01-01', kind: 'restday' as const, name: '元旦' },
      { date: '2027-01-01', kind: 'workday' as const, name: '元旦' },
      { date: '2028-01-01', kind: 'restday' as const, name: '元旦' },
      { date: '2027-02-30', kind: 'restday' as const, name: '' },
    ];
    expect(problemsOf(days, 2027).map((p) => p.key)).toEqual(['duplicate', 'outsideYear', 'badDate', 'noName']);
  });

  it('reads pasted JSON in either shape and names the first bad entry', () => {
    expect(parseDays('[{"date":"2027-01-01","kind":"restday","name":" 元旦 "}]')).toEqual({ days: [{ date: '2027-01-01', kind: 'restday', name: '元旦' }] });
    expect(parseDays('{"days":[]}')).toEqual({ days: [] });
    expect(parseDays('[{"date":"2027-01-01","kind":"holiday","name":"x"}]')).toEqual({ error: 'shape', index: 0 });
    expect(parseDays('not json')).toEqual({ error: 'json' });
  });
});
