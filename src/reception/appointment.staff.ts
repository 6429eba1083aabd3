import type { Actor } from '../accounts/actor.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { decrypt } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import { type BookingInput, type BookingReceipt, bookAppointment } from './appointment.service.ts';
import { canManageDays } from './reception-day.policy.ts';
import { type AppointmentView, presentAppointment } from './reception-day.presenter.ts';
import { type AppointmentRow, type DayRow, findAppointment, findAppointmentByNumber, findDay } from './reception-day.repository.ts';
import { shanghaiNow } from './reception-day.rules.ts';

const appointmentNotFound = () => new AppError('notFound', 'notFound', { zh: '未找到此预约', en: 'Appointment not found' });

async function inRemit(ctx: AppContext, actor: Actor, day: DayRow | undefined): Promise<DayRow | undefined> {
  const org = day ? await getOrganizationDirectory(ctx).get(Number(day.organization_id)) : undefined;
  return org && canManageDays(actor, org.path) ? day : undefined;
}

async function appointmentInRemit(ctx: AppContext, actor: Actor, id: number): Promise<{ row: AppointmentRow; day: DayRow }> {
  const row = await findAppointment(ctx.database.db, id);
  const day = row ? await inRemit(ctx, actor, await findDay(ctx.database.db, Number(row.reception_day_id))) : undefined;
  if (!row || !day) throw appointmentNotFound();
  return { row, day };
}

/** A clerk books for someone who phoned; the clerk reads out the number and code. */
export async function bookForCaller(ctx: AppContext, actor: Actor, dayId: number, input: Omit<BookingInput, 'receptionDayId' | 'channel' | 'bookedBy'>): Promise<{ receipt: BookingReceipt; appointment: AppointmentView }> {
  const day = await inRemit(ctx, actor, await findDay(ctx.database.db, dayId));
  if (!day) throw new AppError('notFound', 'notFound', { zh: '未找到此接访日', en: 'Reception day not found' });
  const key = input.idempotencyKey ? `staff:${actor.userId}:${input.idempotencyKey}` : undefined;
  const receipt = await bookAppointment(ctx, { ...input, idempotencyKey: key, receptionDayId: dayId, channel: 'phone', bookedBy: actor.userId });
  const row = (await findAppointmentByNumber(ctx.database.db, receipt.bookingNo)) as AppointmentRow;
  const fresh = (await findDay(ctx.database.db, dayId)) as DayRow;
  return { receipt, appointment: presentAppointment(row, fresh) };
}

/** Attended or absent, recorded on the day or after it (not before: nobody has come yet). */
export async function markAttendance(ctx: AppContext, actor: Actor, id: number, status: 'attended' | 'absent'): Promise<AppointmentView> {
  const { row, day } = await appointmentInRemit(ctx, actor, id);
  if (row.status === 'cancelled') throw new AppError('conflict', 'bookingCancelled', { zh: '此预约已取消', en: 'This booking was cancelled' });
  if (day.day > shanghaiNow(ctx.clock.now()).day) throw new AppError('conflict', 'tooEarly', { zh: '接访日当天或之后才能登记是否到场', en: 'Attendance is recorded on the day or after it' });
  await ctx.database.db.updateTable('appointments').set({ status }).where('id', '=', row.id).where('status', '!=', 'cancelled').execute();
  return presentAppointment((await findAppointment(ctx.database.db, id)) as AppointmentRow, day);
}

/** The name, phone and e-mail in clear, with a stated reason that is logged before they leave the server. */
export async function unmaskAppointment(ctx: AppContext, actor: Actor, id: number, reason: string) {
  const { row } = await appointmentInRemit(ctx, actor, id);
  await ctx.database.db
    .insertInto('reception_data_access')
    .values({ user_id: actor.userId, record_kind: 'appointment', record_id: row.id, reason: reason.trim(), accessed_at: ctx.clock.now().toISOString() })
    .execute();
  return {
    id: Number(row.id),
    name: decrypt(row.name_sealed, ctx.keys),
    phone: decrypt(row.phone_sealed, ctx.keys),
    email: row.email_sealed ? decrypt(row.email_sealed, ctx.keys) : null,
  };
}
