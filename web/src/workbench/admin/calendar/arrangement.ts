// A year's official arrangement, between the shapes people enter it in (holiday ranges and single
// adjusted working days) and the shape the API takes (one entry per date). Pure: no React, no API.

export interface CalendarDay {
  date: string;
  kind: 'restday' | 'workday';
  name: string;
}
export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}
export interface AdjustedWorkday {
  name: string;
  date: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Local dates as UTC midnights: stepping by whole days never meets a daylight-saving jump.
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromTime = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const nextDate = (d: string) => fromTime(toTime(d) + 86_400_000);
const isRealDate = (d: string) => DATE.test(d) && fromTime(toTime(d)) === d;

export function toDays(holidays: HolidayRange[], workdays: AdjustedWorkday[]): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const h of holidays) {
    for (let d = h.from; d <= h.to; d = nextDate(d)) days.push({ date: d, kind: 'restday', name: h.name.trim() });
  }
  for (const w of workdays) days.push({ date: w.date, kind: 'workday', name: w.name.trim() });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** Consecutive rest days of one holiday become one range again (for editing an entered year or an import). */
export function fromDays(days: CalendarDay[]): { holidays: HolidayRange[]; workdays: AdjustedWorkday[] } {
  const holidays: HolidayRange[] = [];
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  for (const d of sorted.filter((x) => x.kind === 'restday')) {
    const last = holidays.at(-1);
    if (last && last.name === d.name && nextDate(last.to) === d.date) last.to = d.date;
    else holidays.push({ name: d.name, from: d.date, to: d.date });
  }
  const workdays = sorted.filter((x) => x.kind === 'workday').map((d) => ({ name: d.name, date: d.date }));
  return { holidays, workdays };
}

export type Problem = { key: 'outsideYear' | 'duplicate' | 'badDate' | 'noName'; date: string };

/** What the server would refuse, found before sending so the administrator can fix it in place. */
export function problemsOf(days: CalendarDay[], year: number): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const d of days) {
    if (!isRealDate(d.date)) problems.push({ key: 'badDate', date: d.date });
    else if (!d.date.startsWith(`${year}-`)) problems.push({ key: 'outsideYear', date: d.date });
    if (!d.name) problems.push({ key: 'noName', date: d.date });
    if (seen.has(d.date)) problems.push({ key: 'duplicate', date: d.date });
    seen.add(d.date);
  }
  return problems;
}

/**
 * Reads pasted or imported JSON: `[{date, kind, name}]`, or `{days: [...]}` as the API takes it.
 * Answers the days, or the index of the first entry that is not one.
 */
export function parseDays(text: string): { days: CalendarDay[] } | { error: 'json' | 'shape'; index?: number } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'json' };
  }
  const list = Array.isArray(value) ? value : (value as { days?: unknown } | null)?.days;
  if (!Array.isArray(list)) return { error: 'shape' };
  const days: CalendarDay[] = [];
  for (const [index, item] of list.entries()) {
    const { date, kind, name } = (item ?? {}) as Record<string, unknown>;
    if (typeof date !== 'string' || (kind !== 'restday' && kind !== 'workday') || typeof name !== 'string') return { error: 'shape', index };
    days.push({ date, kind, name: name.trim() });
  }
  return { days };
}
