/**
 * Time for the demo walker: local days in Asia/Shanghai (UTC+8 all year, no daylight saving since
 * 1991, so plain arithmetic equals toLocalDate and is much cheaper), office hours, and a cursor
 * that moves a case forward and never past the loader's clock.
 */
import { type LocalDate, type WorkingCalendar, fromDayNumber } from '../calendar/index.ts';
import type { Random } from './random.ts';

export const DAY_MS = 86_400_000;
const UTC_OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;

export const dayOf = (ms: number): number => Math.floor((ms + UTC_OFFSET_MS) / DAY_MS);
export const dateOf = (ms: number): LocalDate => fromDayNumber(dayOf(ms));
/** Midnight of a local day, as an instant. */
export const startOfDay = (day: number): number => day * DAY_MS - UTC_OFFSET_MS;

/** A moment between 08:30 and 17:30 of the first working day on or after `day`. */
export function officeTime(day: number, rng: Random, calendar: WorkingCalendar): number {
  let d = day;
  while (!calendar.isWorkingDayNumber(d)) d += 1;
  return startOfDay(d) + (510 + rng.int(0, 540)) * MINUTE_MS + rng.int(0, 59_999);
}

/**
 * Where a case stands in time. Each action is proposed some days after the last one; an action
 * that would fall after now does not happen, and the case waits at its step. A cursor that must
 * reach a step (a showcase) squeezes such actions in before now instead.
 */
export class CaseClock {
  constructor(
    public t: number,
    private readonly now: number,
    private readonly rng: Random,
    private readonly calendar: WorkingCalendar,
    private readonly squeeze: boolean,
  ) {}

  /** A staff action `days` after the last one, in office hours; null when that is after now. */
  staff(days: number): number | null {
    let at = officeTime(dayOf(this.t) + days, this.rng, this.calendar);
    if (at <= this.t) at = this.t + this.rng.int(5, 90) * MINUTE_MS;
    return this.settle(at);
  }

  /** A petitioner's action on the portal: any hour from 07:00 to 23:00. */
  portal(days: number): number | null {
    let at = startOfDay(dayOf(this.t) + days) + this.rng.int(420, 1379) * MINUTE_MS;
    if (at <= this.t) at = this.t + this.rng.int(5, 180) * MINUTE_MS;
    return this.settle(at);
  }

  /** An exact moment (a sweep, a delivery already scheduled). */
  at(ms: number): number | null {
    return this.settle(Math.max(ms, this.t + 1));
  }

  /** A moment fixed by a rule (the sweep after a lapsed window): never squeezed, null until it has come. */
  exact(ms: number): number | null {
    return ms <= this.now && ms > this.t ? (this.t = ms) : null;
  }

  private settle(at: number): number | null {
    if (at <= this.now) return (this.t = at);
    if (!this.squeeze || this.now - this.t < 10 * MINUTE_MS) return null;
    return (this.t = this.t + Math.floor((this.now - this.t) * (0.15 + this.rng.next() * 0.25)));
  }
}
