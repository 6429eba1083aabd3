/**
 * When the demo petitions arrive: spread over the last `years` up to now, fewer on rest days, in
 * office hours mostly, in the night and at weekends only through remote channels. Also picks the
 * petitions that will show each stage of the procedure (showcases), by their age.
 */
import { type WorkingCalendar, fromDayNumber } from '../calendar/index.ts';
import { DAY_MS, dayOf, startOfDay } from './demo-clock.ts';
import { type Showcase, showcaseAges } from './demo-plan.ts';
import type { Random } from './random.ts';

export interface Timeline {
  /** Registration instants (ms), ascending. */
  at: Float64Array;
  /** 1 where the slot takes only remote channels (online, phone, email, hotline systems). */
  remote: Uint8Array;
  /** Each local day with petitions: its date, how many, and the index of its first. */
  days: { date: string; count: number; first: number }[];
}

const OFFICE_FROM = 510; // 08:30, in minutes
const OFFICE_TO = 1050; // 17:30

export function buildTimeline(count: number, now: number, years: number, rng: Random, calendar: WorkingCalendar): Timeline {
  const lastDay = dayOf(now);
  const firstDay = Math.min(lastDay, dayOf(now - years * 365.25 * DAY_MS));
  const weights: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const base = calendar.isWorkingDayNumber(day) ? 1 : 0.35;
    // Today has only had its hours so far.
    const share = day === lastDay ? Math.max(0.01, (now - startOfDay(day)) / DAY_MS) : 1;
    weights.push(base * share * (0.8 + 0.4 * rng.next()));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const at = new Float64Array(count);
  const remote = new Uint8Array(count);
  const days: Timeline['days'] = [];
  let cumulative = 0;
  let placed = 0;
  weights.forEach((w, i) => {
    cumulative += w;
    const upTo = i === weights.length - 1 ? count : Math.round((count * cumulative) / total);
    const n = upTo - placed;
    if (n <= 0) return;
    const day = firstDay + i;
    const working = calendar.isWorkingDayNumber(day);
    const slots: [number, boolean][] = [];
    for (let k = 0; k < n; k++) {
      const office = working && rng.chance(0.92);
      const minute = office ? rng.int(OFFICE_FROM, OFFICE_TO - 1) : rng.int(420, 1379);
      let t = startOfDay(day) + minute * 60_000 + rng.int(0, 59_999);
      if (t >= now) t = startOfDay(day) + Math.floor(rng.next() * (now - startOfDay(day)));
      const local = Math.floor((t - startOfDay(day)) / 60_000);
      slots.push([t, !(working && local >= OFFICE_FROM && local < OFFICE_TO)]);
    }
    slots.sort((a, b) => a[0] - b[0]);
    slots.forEach(([t, isRemote], k) => {
      at[placed + k] = t;
      remote[placed + k] = isRemote ? 1 : 0;
    });
    days.push({ date: fromDayNumber(day), count: n, first: placed });
    placed = upTo;
  });
  return { at, remote, days };
}

/** The first index whose registration is at or after `t` (the instants are ascending). */
function firstAtOrAfter(at: Float64Array, t: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A few petitions of fitting age for each showcase, so that even a small load shows every stage;
 * when none is of a fitting age, the nearest one is taken.
 */
export function pickShowcases(tl: Timeline, now: number, rng: Random): Map<number, Showcase> {
  const n = tl.at.length;
  const each = n < 2_000 ? 1 : n < 100_000 ? 2 : 3;
  const picked = new Map<number, Showcase>();
  for (const [showcase, [youngest, oldest]] of Object.entries(showcaseAges) as [Showcase, readonly [number, number]][]) {
    const from = firstAtOrAfter(tl.at, now - oldest * DAY_MS);
    const to = firstAtOrAfter(tl.at, now - youngest * DAY_MS);
    for (let k = 0; k < each && picked.size < n; k++) {
      let i = to > from ? rng.int(from, to - 1) : Math.min(n - 1, from);
      while (picked.has(i)) i = (i + 1) % n;
      picked.set(i, showcase);
    }
  }
  return picked;
}
