import { appendEvents, type NewEvent } from '../audit/event-log.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { invalidateWorkingCalendar, getWorkingCalendar } from './calendar.service.ts';
import { computeDueDate, type DueExplanation } from './deadline.ts';
import { isLocalDate, yearOf } from './local-date.ts';
import type { CalendarOverride } from './working-calendar.ts';

export interface YearArrangement {
  year: number;
  days: CalendarOverride[];
}

const holderKinds = ['triage', 'acceptance', 'handling', 'review', 'rereview', 'reviewRequest', 'rereviewRequest'];

/**
 * Enters a year's official holiday arrangement (the State Council's notice) and recomputes every
 * open due date that was provisional because it fell in that year. Each changed due date becomes
 * an event in its case, so nobody's deadline moves silently.
 */
export async function enterYear(ctx: AppContext, userId: number, input: YearArrangement): Promise<{ recomputed: number; changed: number }> {
  for (const d of input.days) {
    if (!isLocalDate(d.date) || yearOf(d.date) !== input.year) {
      throw new AppError('badRequest', 'dateOutsideYear', { zh: `日期 ${d.date} 不在 ${input.year} 年内`, en: `${d.date} is not a date in ${input.year}` });
    }
  }
  if (new Set(input.days.map((d) => d.date)).size !== input.days.length) {
    throw new AppError('badRequest', 'duplicateDate', { zh: '同一日期出现了两次', en: 'A date appears twice' });
  }
  // Years are announced in order; entering 2028 before 2027 would silently make 2027 count as announced.
  const { lastAnnouncedYear } = await getWorkingCalendar(ctx);
  if (input.year > lastAnnouncedYear + 1) {
    throw new AppError('badRequest', 'yearOutOfOrder', { zh: `请先录入 ${lastAnnouncedYear + 1} 年的节假日安排`, en: `Enter the ${lastAnnouncedYear + 1} arrangement first` });
  }
  const now = ctx.clock.now().toISOString();
  const db = ctx.database.db;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('calendar_overrides').where('date', '>=', `${input.year}-01-01`).where('date', '<=', `${input.year}-12-31`).execute();
    if (input.days.length > 0) {
      await trx.insertInto('calendar_overrides').values(input.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, created_by: userId, created_at: now }))).execute();
    }
    await trx.insertInto('calendar_years').values({ year: input.year, entered_by: userId, entered_at: now }).onConflict((oc) => oc.column('year').doUpdateSet({ entered_by: userId, entered_at: now })).execute();
  });
  invalidateWorkingCalendar(ctx.database);
  return recomputeProvisional(ctx);
}

export async function recomputeProvisional(ctx: AppContext): Promise<{ recomputed: number; changed: number }> {
  const calendar = await getWorkingCalendar(ctx);
  const db = ctx.database.db;
  const rows = await db.selectFrom('deadlines').selectAll().where('provisional', '=', 1).where('closed_at', 'is', null).execute();
  let changed = 0;
  const now = ctx.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const events: NewEvent[] = [];
    const touched = new Set<number>();
    for (const row of rows) {
      const old = JSON.parse(row.explanation) as DueExplanation;
      if (old.days === 0) continue;
      const next = computeDueDate(old.start, { days: old.days, unit: old.unit }, calendar);
      await trx.updateTable('deadlines').set({ due_on: next.dueOn, explanation: JSON.stringify(next), provisional: next.provisional ? 1 : 0 }).where('id', '=', row.id).execute();
      if (next.dueOn === old.dueOn) continue;
      changed += 1;
      touched.add(Number(row.petition_id));
      events.push({ petitionId: Number(row.petition_id), type: 'dueDateRecomputed', actorKind: 'system', actorUserId: null, actorOrgId: null, occurredAt: now, payload: { kind: row.kind, from: old.dueOn, dueOn: next.dueOn }, public: true });
    }
    for (const petitionId of touched) {
      const open = await trx.selectFrom('deadlines').select(['kind', 'due_on']).where('petition_id', '=', petitionId).where('closed_at', 'is', null).execute();
      const dues = open.filter((d) => holderKinds.includes(d.kind)).map((d) => d.due_on).sort();
      await trx.updateTable('petitions').set({ due_on: dues[0] ?? null }).where('id', '=', petitionId).execute();
    }
    await appendEvents(trx, ctx.database.dialect, events);
  });
  return { recomputed: rows.length, changed };
}
