import type { Actor } from '../accounts/actor.ts';
import { sendMailSoon } from '../notifications/mail-sender.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type Announced, announceToBookers } from './reception-day.announce.ts';
import { canManageDays, dayNotFound, forbiddenHost, managedPaths } from './reception-day.policy.ts';
import { type AppointmentView, type StaffDay, presentAppointment, presentStaffDay } from './reception-day.presenter.ts';
import { type DayRow, findDay, listAppointments, listDays, lockDay, placesTaken, waitingForNewTime } from './reception-day.repository.ts';
import { type DayInput, checkDayInput, deriveSlots, orphanedSlots, shanghaiNow } from './reception-day.rules.ts';

export interface DayDetail {
  day: StaffDay;
  appointments: AppointmentView[];
}

const orgName = async (ctx: AppContext, id: number) => (await getOrganizationDirectory(ctx).get(id))?.name ?? String(id);

/** The day if the actor may arrange it; an unknown day and one outside the remit look the same. */
async function dayInRemit(ctx: AppContext, actor: Actor, id: number): Promise<DayRow> {
  const row = await findDay(ctx.database.db, id);
  const org = row ? await getOrganizationDirectory(ctx).get(Number(row.organization_id)) : undefined;
  if (!row || !org || !canManageDays(actor, org.path)) throw dayNotFound();
  return row;
}

export async function getReceptionDayDetail(ctx: AppContext, actor: Actor, id: number): Promise<DayDetail> {
  const row = await dayInRemit(ctx, actor, id);
  return detailOf(ctx, row);
}

async function detailOf(ctx: AppContext, row: DayRow): Promise<DayDetail> {
  const db = ctx.database.db;
  const id = Number(row.id);
  const [taken, waiting, bookings, name] = await Promise.all([placesTaken(db, [id]), waitingForNewTime(db, [id]), listAppointments(db, id), orgName(ctx, Number(row.organization_id))]);
  return { day: presentStaffDay(row, name, taken.get(id), waiting.get(id) ?? 0, shanghaiNow(ctx.clock.now()).day), appointments: bookings.map((b) => presentAppointment(b, row)) };
}

/** Upcoming days (from today unless asked otherwise) of every organisation in the actor's remit. */
export async function findReceptionDays(ctx: AppContext, actor: Actor, range: { from?: string | undefined; to?: string | undefined }): Promise<StaffDay[]> {
  const db = ctx.database.db;
  const today = shanghaiNow(ctx.clock.now()).day;
  const rows = await listDays(db, { from: range.from ?? today, to: range.to ?? '9999-12-31', orgPaths: managedPaths(actor) });
  const ids = rows.map((r) => Number(r.id));
  const [taken, waiting] = await Promise.all([placesTaken(db, ids), waitingForNewTime(db, ids)]);
  const out: StaffDay[] = [];
  for (const r of rows) out.push(presentStaffDay(r, await orgName(ctx, Number(r.organization_id)), taken.get(Number(r.id)), waiting.get(Number(r.id)) ?? 0, today));
  return out;
}

export async function createReceptionDay(ctx: AppContext, actor: Actor, input: DayInput & { organizationId: number }): Promise<DayDetail> {
  const org = await getOrganizationDirectory(ctx).get(input.organizationId);
  if (!org) throw new AppError('badRequest', 'unknownOrganization', { zh: '所选机构不存在', en: 'The organisation does not exist' });
  if (!canManageDays(actor, org.path)) throw forbiddenHost();
  const now = ctx.clock.now();
  const day = checkDayInput(input, shanghaiNow(now).day);
  const row = await ctx.database.db
    .insertInto('reception_days')
    .values({
      organization_id: org.id,
      ...dayColumns(day),
      status: 'scheduled',
      change_note: null,
      version: 1,
      created_by: actor.userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return detailOf(ctx, row);
}

export interface ChangeResult extends DayDetail {
  announced: Announced;
  orphanedSlots: string[];
}

const staleVersion = () =>
  new AppError('conflict', 'concurrentChange', { zh: '此接访日已被他人修改，请刷新后再改', en: 'Someone else changed this reception day; reload and try again' });
const alreadyCancelled = () => new AppError('conflict', 'dayCancelled', { zh: '此接访日已取消，不能再修改', en: 'This reception day is cancelled and cannot be changed' });

/**
 * Changes a day and tells those who booked. A booking whose slot the change removes is kept and
 * marked as needing a new time — refusing the change would leave staff unable to move a day, and
 * dropping the booking would lose what was acknowledged. Fewer places than a slot already holds
 * is refused: those people were promised a place.
 */
export async function updateReceptionDay(ctx: AppContext, actor: Actor, id: number, input: DayInput & { version: number; changeNote: string }): Promise<ChangeResult> {
  const current = await dayInRemit(ctx, actor, id);
  const now = ctx.clock.now();
  const day = checkDayInput(input, shanghaiNow(now).day);
  const name = await orgName(ctx, Number(current.organization_id));
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await lockDay(trx, ctx.database.dialect, id);
    if (!row) throw dayNotFound();
    if (row.status === 'cancelled') throw alreadyCancelled();
    if (Number(row.version) !== input.version) throw staleVersion();
    const bookings = await listAppointments(trx, id);
    const holding = bookings.filter((b) => b.status !== 'cancelled' && Number(b.needs_new_time) === 0);
    const orphaned = orphanedSlots(holding.map((b) => b.slot_starts_at), deriveSlots(day.startsAt, day.endsAt, day.slotMinutes));
    const perSlot = new Map<string, number>();
    for (const b of holding) if (!orphaned.includes(b.slot_starts_at)) perSlot.set(b.slot_starts_at, (perSlot.get(b.slot_starts_at) ?? 0) + 1);
    const fullest = Math.max(0, ...perSlot.values());
    if (day.slotCapacity < fullest) {
      throw new AppError('conflict', 'capacityBelowBookings', {
        zh: `已有时段预约了 ${fullest} 人，每个时段的名额不能少于 ${fullest}`,
        en: `A slot already has ${fullest} bookings; each slot must take at least ${fullest}`,
      });
    }
    const updated = await trx
      .updateTable('reception_days')
      .set({
        ...dayColumns(day),
        change_note: input.changeNote.trim(),
        version: Number(row.version) + 1,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (orphaned.length > 0) {
      await trx.updateTable('appointments').set({ needs_new_time: 1 }).where('reception_day_id', '=', id).where('status', '=', 'booked').where('slot_starts_at', 'in', orphaned).execute();
    }
    const announced = await announceToBookers(trx, ctx, updated, name, bookings, { kind: 'changed', note: input.changeNote.trim(), orphaned });
    return { updated, announced, orphaned };
  });
  void sendMailSoon(ctx);
  return { ...(await detailOf(ctx, result.updated)), announced: result.announced, orphanedSlots: result.orphaned };
}

/** Cancels a day with a reason everyone who booked is told; their bookings stay on record. */
export async function cancelReceptionDay(ctx: AppContext, actor: Actor, id: number, input: { reason: string; version?: number | undefined }): Promise<ChangeResult> {
  const current = await dayInRemit(ctx, actor, id);
  const now = ctx.clock.now();
  const name = await orgName(ctx, Number(current.organization_id));
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await lockDay(trx, ctx.database.dialect, id);
    if (!row) throw dayNotFound();
    if (row.status === 'cancelled') throw alreadyCancelled();
    if (input.version !== undefined && Number(row.version) !== input.version) throw staleVersion();
    const updated = await trx
      .updateTable('reception_days')
      .set({ status: 'cancelled', change_note: input.reason.trim(), version: Number(row.version) + 1, updated_at: now.toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const bookings = await listAppointments(trx, id);
    const announced = await announceToBookers(trx, ctx, updated, name, bookings, { kind: 'cancelled', reason: input.reason.trim() });
    return { updated, announced };
  });
  void sendMailSoon(ctx);
  return { ...(await detailOf(ctx, result.updated)), announced: result.announced, orphanedSlots: [] };
}

/** The columns a reception day's published details are stored in. */
function dayColumns(day: DayInput) {
  return {
    day: day.day,
    starts_at: day.startsAt,
    ends_at: day.endsAt,
    place: day.place,
    leaders: JSON.stringify(day.leaders),
    topics: day.topics,
    slot_minutes: day.slotMinutes,
    slot_capacity: day.slotCapacity,
  };
}
