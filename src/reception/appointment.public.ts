import crypto from 'node:crypto';
import type { z } from 'zod';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { tokenHash } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import type { publicBookingSchema } from './appointment.schemas.ts';
import { checkSlotOpen, placesLeft, slotFull } from './appointment.service.ts';
import { presentPublicDay } from './reception-day.presenter.ts';
import { type AppointmentRow, findAppointment, findAppointmentByNumber, findDay, lockDay, placesTaken } from './reception-day.repository.ts';
import { deriveSlots, shanghaiNow, slotHasBegun } from './reception-day.rules.ts';

export type PublicBooking = z.infer<typeof publicBookingSchema>;

/** The same answer for an unknown number and a wrong code, so neither can be probed. */
export const bookingLookupFailed = () =>
  new AppError('notFound', 'bookingLookupFailed', { zh: '预约号或预约码不正确', en: 'The booking number or booking code is not correct' });

export async function openBooking(ctx: AppContext, bookingNo: string, code: string): Promise<AppointmentRow> {
  const row = await findAppointmentByNumber(ctx.database.db, bookingNo.replace(/\s+/g, '').toUpperCase());
  const given = Buffer.from(tokenHash(code.replace(/\s+/g, '').toUpperCase(), ctx.keys));
  const stored = Buffer.from(row?.code_hash ?? '0'.repeat(given.length));
  if (!row || stored.length !== given.length || !crypto.timingSafeEqual(stored, given)) throw bookingLookupFailed();
  return row;
}

/** What the holder of the number and code sees: the day as it is now, their time, and whether it changed. */
export async function getPublicBooking(ctx: AppContext, row: AppointmentRow): Promise<PublicBooking> {
  const db = ctx.database.db;
  const day = await findDay(db, Number(row.reception_day_id));
  if (!day) throw bookingLookupFailed();
  const taken = await placesTaken(db, [Number(day.id)]);
  const org = await getOrganizationDirectory(ctx).get(Number(day.organization_id));
  const slot = deriveSlots(day.starts_at, day.ends_at, Number(day.slot_minutes)).find((s) => s.startsAt === row.slot_starts_at);
  const needsNewTime = Number(row.needs_new_time) === 1;
  const now = shanghaiNow(ctx.clock.now());
  const live = row.status === 'booked' && day.status === 'scheduled';
  return {
    bookingNo: row.booking_no,
    status: row.status as PublicBooking['status'],
    nameMasked: row.name_mask,
    matter: row.matter,
    slotStartsAt: row.slot_starts_at,
    slotEndsAt: needsNewTime ? null : (slot?.endsAt ?? null),
    needsNewTime,
    changedSinceBooking: Number(day.version) > Number(row.day_version),
    cancelledAt: row.cancelled_at,
    canCancel: live && !slotHasBegun(day.day, needsNewTime ? '23:59' : row.slot_starts_at, now),
    canReschedule: live && !slotHasBegun(day.day, '23:59', now),
    day: presentPublicDay(day, org?.name ?? '', taken.get(Number(day.id))),
  };
}

const notLive = () => new AppError('conflict', 'bookingNotLive', { zh: '此预约已取消或已结束，不能再更改', en: 'This booking is cancelled or over and cannot be changed' });

/** The petitioner cancels; the booking stays on record as cancelled and its place is free again. */
export async function cancelBooking(ctx: AppContext, row: AppointmentRow, reason: string | undefined): Promise<AppointmentRow> {
  const view = await getPublicBooking(ctx, row);
  if (!view.canCancel) throw notLive();
  const now = ctx.clock.now().toISOString();
  const done = await ctx.database.db
    .updateTable('appointments')
    .set({ status: 'cancelled', cancelled_at: now, cancel_reason: reason?.trim() || '预约人取消' })
    .where('id', '=', row.id)
    .where('status', '=', 'booked')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw notLive();
  return (await findAppointment(ctx.database.db, Number(row.id))) as AppointmentRow;
}

/** Moves a live booking to another slot of the same day with a free place — e.g. after a change removed its own. */
export async function rescheduleBooking(ctx: AppContext, row: AppointmentRow, slotStartsAt: string): Promise<AppointmentRow> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction().execute(async (trx) => {
    const day = await lockDay(trx, ctx.database.dialect, Number(row.reception_day_id));
    const current = await trx.selectFrom('appointments').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    if (current.status !== 'booked') throw notLive();
    const slot = checkSlotOpen(day, slotStartsAt, now);
    const moving = Number(current.needs_new_time) === 1 || current.slot_starts_at !== slot.startsAt;
    if (moving && (await placesLeft(trx, day as NonNullable<typeof day>, slot.startsAt)) <= 0) throw slotFull();
    await trx
      .updateTable('appointments')
      .set({ slot_starts_at: slot.startsAt, needs_new_time: 0, day_version: Number(day?.version) })
      .where('id', '=', row.id)
      .execute();
  });
  return (await findAppointment(ctx.database.db, Number(row.id))) as AppointmentRow;
}
