// The official holiday arrangements bundled with the `chinese-days` package, read once at load.
// We read its JSON map rather than calling its per-day functions: one Map lookup per day is what
// lets a million due dates be computed in well under a second.
import { createRequire } from 'node:module';
import { toDayNumber } from './local-date.ts';

export interface HolidayName {
  readonly zh: string;
  readonly en: string;
}

export interface BundledDay {
  readonly working: boolean;
  /** For a holiday, its name; for an adjusted working day (调休), the holiday it makes up for. */
  readonly name: HolidayName;
}

export interface BundledHolidays {
  readonly days: ReadonlyMap<number, BundledDay>;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Names seen in the data, keyed by both their Chinese and English forms. */
  readonly names: ReadonlyMap<string, HolidayName>;
}

type DateMap = Record<string, string>;

function isDateMap(value: unknown): value is DateMap {
  return typeof value === 'object' && value !== null
    && Object.values(value).every((v) => typeof v === 'string');
}

function load(): BundledHolidays {
  // The package is CommonJS without an "exports" map, so the JSON file is reachable by path.
  const raw: unknown = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json');
  const holidays: unknown = (raw as { holidays?: unknown } | null)?.holidays;
  const workdays: unknown = (raw as { workdays?: unknown } | null)?.workdays;
  if (!isDateMap(holidays) || !isDateMap(workdays)) {
    throw new Error('chinese-days/dist/chinese-days.json: expected "holidays" and "workdays" maps');
  }
  const names = new Map<string, HolidayName>();
  const days = new Map<number, BundledDay>();
  let firstYear = Infinity;
  let lastYear = -Infinity;

  // Values look like "National Day,国庆节,3": English name, Chinese name, length in days.
  const nameOf = (value: string, date: string): HolidayName => {
    const parts = value.split(',');
    const zh = parts.at(-2)?.trim();
    const en = parts.slice(0, -2).join(',').trim();
    if (zh === undefined || zh === '' || en === '') {
      throw new Error(`chinese-days: unreadable holiday name for ${date}: ${JSON.stringify(value)}`);
    }
    const known = names.get(zh);
    if (known !== undefined) return known;
    const name = Object.freeze({ zh, en });
    names.set(zh, name);
    names.set(en, name);
    return name;
  };

  const add = (map: DateMap, working: boolean): void => {
    for (const [date, value] of Object.entries(map)) {
      const n = toDayNumber(date);
      if (days.has(n)) throw new Error(`chinese-days: ${date} is both a holiday and a working day`);
      days.set(n, Object.freeze({ working, name: nameOf(value, date) }));
      const year = Number(date.slice(0, 4));
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
    }
  };
  add(holidays, false);
  add(workdays, true);
  if (days.size === 0) throw new Error('chinese-days: the holiday data is empty');
  return { days, firstYear, lastYear, names };
}

export const bundledHolidays: BundledHolidays = load();

/** The last year whose official arrangement ships with the package (2026 in chinese-days 1.5.7). */
export const bundledLastYear: number = bundledHolidays.lastYear;
