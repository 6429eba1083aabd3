// The duty roster as data (DOMAIN.md §5, dutyShift): which kind of day each day is, who covers
// each duty, where the gaps are, and how a rotation fills a range of days. Pure: no clock, no SQL.
import { type HolidayName, type LocalDate, type WorkingCalendar, addDays, compareDates, dayOfWeek, daysBetween, isLocalDate } from '../calendar/index.ts';
import { AppError } from '../platform/errors.ts';

export const duties = ['reception', 'onCall'] as const;
export type Duty = (typeof duties)[number];

export const dutyLabels: Record<Duty, { zh: string; en: string }> = {
  reception: { zh: '接待值班', en: 'reception duty' },
  onCall: { zh: '带班领导', en: 'on-call leader' },
};

/** The longest range filled or asked about at once: a quarter is plenty for a rotation. */
export const MAX_RANGE_DAYS = 92;
export const REASON_MAX = 500;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjustedWorkday';

export interface DayInfo {
  day: LocalDate;
  kind: DayKind;
  /** The public holiday a rest day belongs to (国庆节 …); null for a working day or a plain weekend. */
  holiday: HolidayName | null;
}

/** The kind of day from the same working calendar deadlines are counted on. */
export function dayInfo(calendar: WorkingCalendar, day: LocalDate): DayInfo {
  const weekend = dayOfWeek(day) === 0 || dayOfWeek(day) === 6;
  if (calendar.isWorkingDay(day)) return { day, kind: weekend ? 'adjustedWorkday' : 'workday', holiday: null };
  const name = calendar.restDayName(day);
  // A rest day named other than 周末 is a public holiday, even when it falls on a Saturday.
  if (name && name.zh !== '周末') return { day, kind: 'holiday', holiday: name };
  return { day, kind: 'weekend', holiday: null };
}

/** Every day from `from` to `to`, both included. */
export function daysFrom(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A range a person asked for: real dates, in order, at most MAX_RANGE_DAYS long. */
export function checkRange(from: string, to: string): void {
  if (!isLocalDate(from) || !isLocalDate(to)) {
    throw new AppError('badRequest', 'invalidDate', { zh: '日期须为 YYYY-MM-DD 格式的有效日期', en: 'Dates must be real dates written YYYY-MM-DD' });
  }
  if (compareDates(from, to) > 0) {
    throw new AppError('badRequest', 'rangeReversed', { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' });
  }
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) {
    throw new AppError('badRequest', 'rangeTooLong', { zh: `一次最多安排 ${MAX_RANGE_DAYS} 天`, en: `At most ${MAX_RANGE_DAYS} days can be scheduled at once` });
  }
}

/** The days of a month 'YYYY-MM'. */
export function monthDays(month: string): LocalDate[] {
  const first = `${month}-01`;
  if (!/^\d{4}-\d{2}$/.test(month) || !isLocalDate(first)) {
    throw new AppError('badRequest', 'invalidMonth', { zh: '月份须为 YYYY-MM 格式', en: 'The month must be written YYYY-MM' });
  }
  const days: LocalDate[] = [];
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  return days;
}

/** The past is a record of who was on duty: only today and later can be changed. */
export function assertNotPast(day: LocalDate, today: LocalDate): void {
  if (compareDates(day, today) < 0) {
    throw new AppError('badRequest', 'dayPassed', { zh: `${day} 已经过去，值班记录不能再更改`, en: `${day} has passed; its roster can no longer be changed` });
  }
}

export function checkReason(reason: string): string {
  const text = reason.trim();
  if (text === '') throw new AppError('badRequest', 'reasonRequired', { zh: '换班须填写原因', en: 'A swap needs a reason' });
  if (text.length > REASON_MAX) throw new AppError('badRequest', 'reasonTooLong', { zh: `原因最多 ${REASON_MAX} 个字`, en: `The reason may have at most ${REASON_MAX} characters` });
  return text;
}

export interface ShiftLike {
  organizationId: number;
  day: LocalDate;
  duty: Duty;
  userId: number;
}

export interface Coverage {
  /** Who covers the duty that day: the office's own people, else the nearest ancestor office's. */
  userIds: number[];
  /** The organisation whose roster covers it (the office itself, an ancestor, or null for a gap). */
  fromOrgId: number | null;
}

/**
 * The same rule as whoIsOnDuty: the office's own roster first, then the nearest ancestor's.
 * `ancestry` lists the office first, then its parent, and so on up.
 */
export function coverage(shifts: readonly ShiftLike[], ancestry: readonly number[], day: LocalDate, duty: Duty): Coverage {
  for (const orgId of ancestry) {
    const here = shifts.filter((s) => s.organizationId === orgId && s.day === day && s.duty === duty).map((s) => s.userId);
    if (here.length > 0) return { userIds: here, fromOrgId: orgId };
  }
  return { userIds: [], fromOrgId: null };
}

export interface Gap extends DayInfo {
  duties: Duty[];
}

/** Each day on which a duty has nobody, with the kind of day (a holiday gap is the one that hurts). */
export function findGaps(calendar: WorkingCalendar, days: readonly LocalDate[], shifts: readonly ShiftLike[], ancestry: readonly number[]): Gap[] {
  const gaps: Gap[] = [];
  for (const day of days) {
    const missing = duties.filter((duty) => coverage(shifts, ancestry, day, duty).userIds.length === 0);
    if (missing.length > 0) gaps.push({ ...dayInfo(calendar, day), duties: missing });
  }
  return gaps;
}

export interface Assignment {
  day: LocalDate;
  userId: number;
}

/**
 * A rotation over a range: each day takes the next `perDay` people of the ordered list, wrapping
 * round. With `onlyGaps`, days that already have someone on the duty are skipped and do not move
 * the rotation on, so filling gaps keeps the order fair. Someone already on a day is not added twice.
 */
export function rotation(input: {
  days: readonly LocalDate[];
  userIds: readonly number[];
  perDay: number;
  onlyGaps: boolean;
  /** Who is already on the duty, by day (the office's own roster). */
  existing: ReadonlyMap<LocalDate, readonly number[]>;
}): Assignment[] {
  const { days, userIds, perDay, onlyGaps, existing } = input;
  if (userIds.length === 0) return [];
  const per = Math.min(Math.max(1, perDay), userIds.length);
  const out: Assignment[] = [];
  let next = 0;
  for (const day of days) {
    const already = existing.get(day) ?? [];
    if (onlyGaps && already.length > 0) continue;
    for (let k = 0; k < per; k++) {
      const userId = userIds[(next + k) % userIds.length] as number;
      if (!already.includes(userId)) out.push({ day, userId });
    }
    next = (next + per) % userIds.length;
  }
  return out;
}
