import type { Transaction } from 'kysely';
import { mask, normalize, digestField } from '../petitions/personal-data.ts';
import { findPetitionByReceipt, nextCounter } from '../petitions/petition.repository.ts';
import type { AppContext } from '../platform/context.ts';
import { decrypt, encrypt, randomCode, tokenHash } from '../platform/crypto.ts';
import type { DB } from '../platform/database/schema.ts';
import { AppError } from '../platform/errors.ts';
import { bookingNumber, checkPhone } from './appointment.rules.ts';
import { type DayRow, lockDay } from './reception-day.repository.ts';
import { deriveSlots, shanghaiNow, slotHasBegun } from './reception-day.rules.ts';

export interface BookingInput {
  receptionDayId: number;
  slotStartsAt: string;
  name: string;
  phone: string;
  email?: string | undefined;
  matter: string;
  receiptNo?: string | undefined;
  channel: 'online' | 'phone';
  bookedBy: number | null;
  /** Scoped by the caller ('public:…', 'staff:12:…'); a retry with the same key answers the first booking. */
  idempotencyKey?: string | undefined;
}

export interface BookingReceipt {
  id: number;
  bookingNo: string;
  code: string;
  receptionDayId: number;
  day: string;
  slotStartsAt: string;
  slotEndsAt: string;
  place: string;
  replayed: boolean;
}

const refuse = (kind: 'badRequest' | 'conflict' | 'notFound', code: string, zh: string, en: string): never => {
  throw new AppError(kind, code, { zh, en });
};

const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

const alreadyBooked = () =>
  new AppError('conflict', 'alreadyBooked', {
    zh: '这个电话号码已经预约了本次接访日，每人每个接访日只能预约一次。如需改时间，请在“我的预约”中改约',
    en: 'This phone number already has a booking for this reception day (one per person). To change the time, use “My booking”',
  });

/** Checks the day and the slot as they are inside the booking's transaction. */
export function checkSlotOpen(day: DayRow | undefined, slotStartsAt: string, now: Date) {
  if (!day) return refuse('notFound', 'dayNotFound', '未找到此接访日', 'Reception day not found');
  if (day.status === 'cancelled') refuse('conflict', 'dayCancelled', '此接访日已取消，不能预约', 'This reception day has been cancelled');
  const slot = deriveSlots(day.starts_at, day.ends_at, Number(day.slot_minutes)).find((s) => s.startsAt === slotStartsAt);
  if (!slot) return refuse('badRequest', 'unknownSlot', '所选时段不存在，请重新选择', 'That time slot does not exist; choose another');
  if (slotHasBegun(day.day, slot.startsAt, shanghaiNow(now))) refuse('conflict', 'slotPast', '此时段已经开始或已过，不能预约', 'This slot has begun or is over and cannot be booked');
  return slot;
}

/** Places left in a slot, counted inside the transaction that holds the day's lock. */
export async function placesLeft(trx: Transaction<DB>, day: DayRow, slotStartsAt: string): Promise<number> {
  const row = await trx
    .selectFrom('appointments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reception_day_id', '=', day.id)
    .where('slot_starts_at', '=', slotStartsAt)
    .where('status', '!=', 'cancelled')
    .where('needs_new_time', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(day.slot_capacity) - Number(row.n);
}

export const slotFull = () => new AppError('conflict', 'slotFull', { zh: '此时段已约满，请选择其他时段', en: 'This slot is fully booked; choose another' });

/**
 * Books a place. The day's row is locked (PostgreSQL) or the database has one writer (SQLite), so
 * two requests for the last place are decided one after the other; the partial unique index on
 * (day, phone digest) of live bookings is the backstop against booking twice.
 */
export async function bookAppointment(ctx: AppContext, input: BookingInput): Promise<BookingReceipt> {
  try {
    return await bookOnce(ctx, input);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same key at the same moment: the winner committed, so the retry replays its answer.
    if (input.idempotencyKey) return bookOnce(ctx, input);
    throw alreadyBooked();
  }
}

async function bookOnce(ctx: AppContext, input: BookingInput): Promise<BookingReceipt> {
  const name = normalize('name', input.name);
  if (name === '') refuse('badRequest', 'nameRequired', '请填写姓名', 'Give your name');
  const phone = checkPhone(input.phone);
  const email = input.email?.trim() ? input.email.trim() : null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) refuse('badRequest', 'invalidEmail', '电子邮箱格式不正确', 'The e-mail address is not valid');
  const matter = input.matter.trim();
  if (matter === '') refuse('badRequest', 'matterRequired', '请简要写明要反映的事项', 'Say briefly what you want to raise');
  let petitionId: number | null = null;
  const receiptNo = input.receiptNo?.trim() ? input.receiptNo.replace(/\s+/g, '').toUpperCase() : null;
  if (receiptNo) {
    const petition = await findPetitionByReceipt(ctx.database.db, receiptNo);
    // Whether the number exists is all this answer tells: nothing about the case.
    if (!petition) refuse('badRequest', 'unknownReceiptNo', '未找到此受理编号，请核对后重新填写，或不填', 'No case has this receipt number; check it or leave it empty');
    petitionId = Number(petition?.id);
  }
  const now = ctx.clock.now();
  const requestKey = input.idempotencyKey ? tokenHash(`appointment:${input.idempotencyKey}`, ctx.keys) : null;

  return ctx.database.db.transaction().execute(async (trx) => {
    if (requestKey) {
      const seen = await trx.selectFrom('appointments').select('receipt_sealed').where('request_key', '=', requestKey).executeTakeFirst();
      if (seen?.receipt_sealed) return { ...(JSON.parse(decrypt(seen.receipt_sealed, ctx.keys)) as BookingReceipt), replayed: true };
    }
    const day = await lockDay(trx, ctx.database.dialect, input.receptionDayId);
    const slot = checkSlotOpen(day, input.slotStartsAt, now);
    const open = day as DayRow;
    const phoneDigest = digestField('phone', phone, ctx.keys);
    const twice = await trx.selectFrom('appointments').select('id').where('reception_day_id', '=', open.id).where('phone_digest', '=', phoneDigest).where('status', '=', 'booked').executeTakeFirst();
    if (twice) throw alreadyBooked();
    if ((await placesLeft(trx, open, slot.startsAt)) <= 0) throw slotFull();
    const bookingNo = bookingNumber(open.day, await nextCounter(trx, ctx.database.dialect, `booking:${open.day}`));
    const code = randomCode(8);
    const receipt = { bookingNo, code, receptionDayId: Number(open.id), day: open.day, slotStartsAt: slot.startsAt, slotEndsAt: slot.endsAt, place: open.place, replayed: false };
    const inserted = await trx
      .insertInto('appointments')
      .values({
        reception_day_id: open.id,
        slot_starts_at: slot.startsAt,
        booking_no: bookingNo,
        code_hash: tokenHash(code, ctx.keys),
        name_sealed: encrypt(name, ctx.keys),
        name_mask: mask('name', name),
        phone_sealed: encrypt(phone, ctx.keys),
        phone_mask: mask('phone', phone),
        phone_digest: phoneDigest,
        email_sealed: email ? encrypt(email, ctx.keys) : null,
        matter,
        receipt_no: receiptNo,
        petition_id: petitionId,
        channel: input.channel,
        status: 'booked',
        booked_by: input.bookedBy,
        created_at: now.toISOString(),
        cancelled_at: null,
        cancel_reason: null,
        day_version: Number(open.version),
        needs_new_time: 0,
        request_key: requestKey,
        // Kept sealed like the petition's idempotent receipt: only a retry with the same key reads it.
        receipt_sealed: requestKey ? encrypt(JSON.stringify({ ...receipt, id: 0 }), ctx.keys) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...receipt, id: Number(inserted.id) };
  });
}
