import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/index.ts';
import { DAY_MS, dateOf } from './demo-clock.ts';
import { showcaseAges } from './demo-plan.ts';
import { buildTimeline, pickShowcases } from './demo-timeline.ts';
import { createRandom } from './random.ts';

const now = Date.parse('2026-09-28T02:00:00Z');
const calendar = new WorkingCalendar();

describe('buildTimeline', () => {
  it('spreads registrations over the years before now, in order, numbered by day', () => {
    const tl = buildTimeline(5000, now, 1.5, createRandom(1), calendar);
    expect(tl.at.length).toBe(5000);
    for (let i = 1; i < tl.at.length; i++) expect(tl.at[i] as number).toBeGreaterThanOrEqual(tl.at[i - 1] as number);
    expect(tl.at[tl.at.length - 1] as number).toBeLessThan(now);
    expect(tl.at[0] as number).toBeGreaterThan(now - 1.5 * 366 * DAY_MS);
    expect(tl.days.reduce((n, d) => n + d.count, 0)).toBe(5000);
    for (const d of tl.days) expect(dateOf(tl.at[d.first] as number)).toBe(d.date);
  });

  it('takes visits and letters only on working days in office hours', () => {
    const tl = buildTimeline(3000, now, 1, createRandom(2), calendar);
    tl.at.forEach((t, i) => {
      const minute = Math.floor(((t + 8 * 3_600_000) % DAY_MS) / 60_000);
      const office = calendar.isWorkingDay(dateOf(t)) && minute >= 510 && minute < 1050;
      expect(tl.remote[i]).toBe(office ? 0 : 1);
    });
    expect(tl.remote.filter((r) => r === 1).length).toBeGreaterThan(0);
  });

  it('is the same for the same seed', () => {
    expect(buildTimeline(500, now, 1, createRandom(3), calendar)).toEqual(buildTimeline(500, now, 1, createRandom(3), calendar));
  });
});

describe('pickShowcases', () => {
  it('picks distinct petitions for every showcase, of fitting age where there are some', () => {
    const tl = buildTimeline(2000, now, 1.5, createRandom(4), calendar);
    const picked = pickShowcases(tl, now, createRandom(5));
    const names = Object.keys(showcaseAges);
    expect(new Set(picked.values())).toEqual(new Set(names));
    for (const [i, showcase] of picked) {
      const [youngest, oldest] = showcaseAges[showcase];
      const age = (now - (tl.at[i] as number)) / DAY_MS;
      expect(age, showcase).toBeGreaterThanOrEqual(youngest);
      expect(age, showcase).toBeLessThanOrEqual(oldest);
    }
  });
});
