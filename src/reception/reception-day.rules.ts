// The rules of a leaders' reception day (DOMAIN.md §5) beyond the shape of a request: its times,
// the slots derived from them, and what a change does to bookings. Pure: no clock, SQL or HTTP.
import { AppError } from '../platform/errors.ts';

export interface Leader {
  name: string;
  title: string;
}

export interface DayInput {
  day: string;
  startsAt: string;
  endsAt: string;
  place: string;
  leaders: Leader[];
  topics: string;
  slotMinutes: number;
  slotCapacity: number;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
}

const bad = (code: string, zh: string, en: string): never => {
  throw new AppError('badRequest', code, { zh, en });
};

/** 'HH:MM' → minutes after midnight, or null when it is not a time of day. */
export function parseTime(value: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export const formatTime = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Slots start at the day's start and every `slotMinutes` after it while before the end; the last may be short. */
export function deriveSlots(startsAt: string, endsAt: string, slotMinutes: number): Slot[] {
  const start = parseTime(startsAt);
  const end = parseTime(endsAt);
  if (start === null || end === null || slotMinutes < 1) return [];
  const slots: Slot[] = [];
  for (let t = start; t < end; t += slotMinutes) slots.push({ startsAt: formatTime(t), endsAt: formatTime(Math.min(t + slotMinutes, end)) });
  return slots;
}

/** Checks a day as created or changed; `today` is the local date in Asia/Shanghai. */
export function checkDayInput(input: DayInput, today: string): DayInput {
  const start = parseTime(input.startsAt);
  const end = parseTime(input.endsAt);
  if (start === null || end === null) bad('invalidTime', '时间格式应为“时:分”，如 09:00', 'Times are written HH:MM, e.g. 09:00');
  if ((end as number) <= (start as number)) bad('endBeforeStart', '结束时间必须晚于开始时间', 'The end time must be after the start time');
  if (input.day < today) bad('dayInPast', '接访日期不能早于今天', 'The reception day cannot be in the past');
  if (!Number.isInteger(input.slotCapacity) || input.slotCapacity < 1) bad('capacityTooSmall', '每个时段至少可预约 1 人', 'Each slot must take at least one booking');
  if (!Number.isInteger(input.slotMinutes) || input.slotMinutes < 5) bad('slotTooShort', '每个时段至少 5 分钟', 'A slot lasts at least 5 minutes');
  const leaders = input.leaders.map((l) => ({ name: l.name.trim(), title: l.title.trim() })).filter((l) => l.name !== '');
  if (leaders.length === 0) bad('leaderRequired', '请至少填写一位接访领导', 'Name at least one receiving leader');
  const place = input.place.trim();
  if (place === '') bad('placeRequired', '请填写接访地点', 'Give the place of the reception');
  return { ...input, place, leaders, topics: input.topics.trim() };
}

/**
 * Booked slot times a change leaves without a slot. Those bookings stay (nothing acknowledged is
 * lost) but are marked as needing a new time, and their holders are told.
 */
export function orphanedSlots(booked: readonly string[], after: readonly Slot[]): string[] {
  const kept = new Set(after.map((s) => s.startsAt));
  return [...new Set(booked)].filter((t) => !kept.has(t)).sort();
}

/** The local date and time of day in Asia/Shanghai (UTC+8 all year, no daylight saving since 1991). */
export function shanghaiNow(now: Date): { day: string; time: string } {
  const iso = new Date(now.getTime() + 8 * 3_600_000).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A slot can be booked until it begins. */
export const slotHasBegun = (day: string, slotStartsAt: string, now: { day: string; time: string }): boolean =>
  day < now.day || (day === now.day && slotStartsAt <= now.time);

/** The instant a local time on a local date in Asia/Shanghai is. */
export const shanghaiInstant = (day: string, time: string): Date => new Date(`${day}T${time}:00+08:00`);
