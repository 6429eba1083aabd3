import { bundledHolidays, bundledLastYear, type HolidayName } from './bundled-holidays.ts';
import { dayOfWeekOfDayNumber, toDayNumber, type LocalDate } from './local-date.ts';

export type { HolidayName } from './bundled-holidays.ts';
export { bundledLastYear } from './bundled-holidays.ts';

/**
 * A day an administrator marks. For a year not yet bundled, the State Council's arrangement for
 * that year is entered this way: holidays as 'restday' with the holiday name, adjusted working
 * days (调休) as 'workday'.
 */
export interface CalendarOverride {
  date: LocalDate;
  kind: 'workday' | 'restday';
  name: string;
}

export interface WorkingCalendarOptions {
  overrides?: CalendarOverride[];
  /** Years whose official arrangement an administrator has entered in full as overrides. */
  enteredYears?: number[];
}

interface DayRule {
  readonly working: boolean;
  readonly name: HolidayName;
}

export const WEEKEND: HolidayName = Object.freeze({ zh: '周末', en: 'weekend' });

// Administrators type names the way they are said ("中秋节", "国庆"); the bundled data spells
// them "中秋", "国庆节". Matching either form gives the override its English name too.
function nameFor(name: string): HolidayName {
  const trimmed = name.trim();
  const candidates = [trimmed, trimmed.replace(/节$/, ''), `${trimmed}节`];
  for (const candidate of candidates) {
    const known = bundledHolidays.names.get(candidate);
    if (known === undefined) continue;
    return known.zh === trimmed || known.en === trimmed ? known : Object.freeze({ zh: trimmed, en: known.en });
  }
  return Object.freeze({ zh: trimmed, en: trimmed });
}

export class WorkingCalendar {
  readonly bundledLastYear: number = bundledLastYear;
  /** Dates up to the end of this year follow an announced arrangement; later ones are provisional. */
  readonly lastAnnouncedYear: number;
  private readonly firstUnannouncedDay: number;
  // Bundled days and overrides merged once, so each day costs a single Map lookup.
  private readonly rules: Map<number, DayRule>;

  constructor(options: WorkingCalendarOptions = {}) {
    const entered = options.enteredYears ?? [];
    for (const year of entered) {
      if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`not a year: ${year}`);
    }
    this.lastAnnouncedYear = Math.max(bundledLastYear, ...entered);
    this.firstUnannouncedDay = this.lastAnnouncedYear >= 9999
      ? Infinity
      : toDayNumber(`${String(this.lastAnnouncedYear + 1).padStart(4, '0')}-01-01`);

    this.rules = new Map(bundledHolidays.days);
    const seen = new Set<number>();
    for (const override of options.overrides ?? []) {
      const n = toDayNumber(override.date);
      // The store keeps one override per date; two here means the caller merged lists wrongly.
      if (seen.has(n)) throw new RangeError(`two overrides for ${override.date}`);
      if (override.kind !== 'workday' && override.kind !== 'restday') {
        throw new RangeError(`override kind must be 'workday' or 'restday': ${String(override.kind)}`);
      }
      seen.add(n);
      this.rules.set(n, { working: override.kind === 'workday', name: nameFor(override.name) });
    }
  }

  isWorkingDay(d: LocalDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(d));
  }

  /** Fast path for callers already holding a UTC day number (see local-date.ts). */
  isWorkingDayNumber(n: number): boolean {
    const rule = this.rules.get(n);
    if (rule !== undefined) return rule.working;
    const dow = dayOfWeekOfDayNumber(n);
    return dow !== 0 && dow !== 6;
  }

  /** The holiday a rest day belongs to, 周末 for an ordinary weekend, null on a working day. */
  restDayName(d: LocalDate): HolidayName | null {
    return this.restDayNameOfDayNumber(toDayNumber(d));
  }

  restDayNameOfDayNumber(n: number): HolidayName | null {
    const rule = this.rules.get(n);
    if (rule !== undefined) return rule.working ? null : rule.name;
    const dow = dayOfWeekOfDayNumber(n);
    return dow === 0 || dow === 6 ? WEEKEND : null;
  }

  isAnnounced(d: LocalDate): boolean {
    return this.isAnnouncedDayNumber(toDayNumber(d));
  }

  isAnnouncedDayNumber(n: number): boolean {
    return n < this.firstUnannouncedDay;
  }
}
