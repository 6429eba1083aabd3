import { fromDayNumber, toDayNumber, type LocalDate } from './local-date.ts';
import type { HolidayName, WorkingCalendar } from './working-calendar.ts';

export { renderExplanation } from './render-explanation.ts';

export interface TimeLimit {
  days: number;
  unit: 'calendar' | 'working';
}

export interface DueExplanation {
  start: LocalDate;
  days: number;
  unit: 'calendar' | 'working';
  /** The end of the period before rolling off rest days (for working-day periods, the due date). */
  nominal: LocalDate;
  dueOn: LocalDate;
  /** Distinct names of the rest days rolled over, in the order met; empty when not rolled. */
  movedPast: HolidayName[];
  /** Some day that decided dueOn lies in a year whose holidays are not yet announced. */
  provisional: boolean;
}

function checkDays(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 1 || days > 36_500) {
    throw new RangeError(`${what} must be a whole number of days from 1 to 36500: ${days}`);
  }
}

/**
 * The civil-law rule (民法典 第二百零一条、第二百零三条): a period counts from the day after its
 * starting day, and when its last day is a rest day it ends on the next working day. A working-day
 * period ends on the N-th working day after the starting day, so it never needs rolling.
 */
export function computeDueDate(start: LocalDate, limit: TimeLimit, calendar: WorkingCalendar): DueExplanation {
  checkDays(limit.days, 'a time limit');
  const s = toDayNumber(start);
  let nominal: number;
  if (limit.unit === 'calendar') {
    nominal = s + limit.days;
  } else if (limit.unit === 'working') {
    // Terminates: only finitely many days are overridden, and beyond them Mon–Fri are working.
    nominal = s;
    for (let counted = 0; counted < limit.days; ) {
      nominal += 1;
      if (calendar.isWorkingDayNumber(nominal)) counted += 1;
    }
  } else {
    throw new RangeError(`time limit unit must be 'calendar' or 'working': ${String(limit.unit)}`);
  }

  const movedPast: HolidayName[] = [];
  let due = nominal;
  for (let name = calendar.restDayNameOfDayNumber(due); name !== null; name = calendar.restDayNameOfDayNumber(due)) {
    if (!movedPast.some((m) => m.zh === name.zh && m.en === name.en)) movedPast.push(name);
    due += 1;
  }

  return {
    start,
    days: limit.days,
    unit: limit.unit,
    nominal: fromDayNumber(nominal),
    dueOn: fromDayNumber(due),
    movedPast,
    // Every deciding day (the counted days, the nominal day and the days rolled over) lies on or
    // before dueOn, and announcement goes year by year, so checking dueOn alone is exact.
    provisional: !calendar.isAnnouncedDayNumber(due),
  };
}

/**
 * Extends a calendar-day period by extraDays. The extension lengthens the period itself, so the
 * extra days are added to the nominal end of the original period and the result is rolled again;
 * they are not added to a due date that was already rolled past a holiday, which would let the
 * holiday lengthen the extension. This is the same as one period of days + extraDays from the
 * original start, recomputed on the calendar given (so a provisional date is refreshed too).
 * Working-day periods (the objection period) are never extended, so mixing units is refused.
 */
export function extendDueDate(current: DueExplanation, extraDays: number, calendar: WorkingCalendar): DueExplanation {
  if (current.unit !== 'calendar') {
    throw new RangeError('only calendar-day periods can be extended by calendar days');
  }
  checkDays(extraDays, 'an extension');
  return computeDueDate(current.start, { days: current.days + extraDays, unit: 'calendar' }, calendar);
}

export type DueStatus = 'ok' | 'dueSoon' | 'overdue';

/**
 * Overdue once today is past the due date (the due date itself is still in time); due soon within
 * warnDays calendar days of it, the due date included.
 */
export function dueStatus(dueOn: LocalDate, today: LocalDate, warnDays = 3): DueStatus {
  if (!Number.isInteger(warnDays) || warnDays < 0) throw new RangeError(`warnDays must be a whole number >= 0: ${warnDays}`);
  const left = toDayNumber(dueOn) - toDayNumber(today);
  if (left < 0) return 'overdue';
  return left <= warnDays ? 'dueSoon' : 'ok';
}
