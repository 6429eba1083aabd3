import ical, { ICalEventStatus } from 'ical-generator';
import { addDays } from '../calendar/index.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type PublicDay, presentPublicDay } from './reception-day.presenter.ts';
import { listDays, placesTaken } from './reception-day.repository.ts';
import { shanghaiNow } from './reception-day.rules.ts';

/** How far ahead the portal looks by default, and at most. */
export const DEFAULT_WEEKS = 8;
const MAX_DAYS = 366;

/** Published days (scheduled or cancelled) in a range, default today … +8 weeks, with places left. */
export async function listPublicDays(ctx: AppContext, range: { from?: string | undefined; to?: string | undefined }): Promise<{ from: string; to: string; days: PublicDay[] }> {
  const today = shanghaiNow(ctx.clock.now()).day;
  const from = range.from ?? today;
  const to = range.to ?? addDays(from, DEFAULT_WEEKS * 7);
  if (to < from || addDays(from, MAX_DAYS) < to) {
    throw new AppError('badRequest', 'badRange', { zh: '日期范围无效（最长一年）', en: 'The date range is not valid (at most one year)' });
  }
  return { from, to, days: await publicDays(ctx, from, to) };
}

async function publicDays(ctx: AppContext, from: string, to: string): Promise<PublicDay[]> {
  const rows = await listDays(ctx.database.db, { from, to });
  const taken = await placesTaken(ctx.database.db, rows.map((r) => Number(r.id)));
  const directory = getOrganizationDirectory(ctx);
  const days: PublicDay[] = [];
  for (const r of rows) days.push(presentPublicDay(r, (await directory.get(Number(r.organization_id)))?.name ?? '', taken.get(Number(r.id))));
  return days;
}

// Asia/Shanghai has kept UTC+8 all year since 1991, so one STANDARD block describes it.
const SHANGHAI = ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');

/**
 * The feed calendar apps subscribe to: the last month and the next half year. Each day keeps its
 * UID for life and its version is the SEQUENCE, so an app updates a changed or cancelled day in
 * place instead of adding a second event.
 */
export async function receptionDayFeed(ctx: AppContext): Promise<string> {
  const today = shanghaiNow(ctx.clock.now()).day;
  const days = await publicDays(ctx, addDays(today, -31), addDays(today, 183));
  const host = ctx.config.publicUrl ? new URL(ctx.config.publicUrl).hostname : 'redress';
  const calendar = ical({ name: '领导接访日 Leaders’ reception days', prodId: { company: 'Redress', product: 'reception-days', language: 'ZH' }, timezone: { name: null, generator: () => SHANGHAI } });
  // ical-generator writes a Date's UTC fields as the wall-clock time in the event's TZID, so the
  // local time is handed over as if it were UTC.
  const wall = (day: string, time: string) => new Date(`${day}T${time}:00Z`);
  for (const d of days) {
    const leaders = d.leaders.map((l) => `${l.title} ${l.name}`.trim()).join('、');
    const lines = [`接访领导：${leaders}`, d.topics ? `接访内容：${d.topics}` : '', d.changeNote ? (d.status === 'cancelled' ? `已取消：${d.changeNote}` : `变更：${d.changeNote}`) : ''];
    const url = ctx.config.publicUrl ? new URL('/public/reception', ctx.config.publicUrl).href : null;
    calendar.createEvent({
      id: `reception-day-${d.id}@${host}`,
      sequence: d.version,
      stamp: new Date(d.updatedAt),
      start: wall(d.day, d.startsAt),
      end: wall(d.day, d.endsAt),
      timezone: 'Asia/Shanghai',
      summary: `${d.status === 'cancelled' ? '【已取消】' : ''}${d.organizationName}领导接访日（${leaders}）`,
      location: d.place,
      description: lines.filter(Boolean).join('\n'),
      status: d.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(url ? { url } : {}),
    });
  }
  return calendar.toString();
}
