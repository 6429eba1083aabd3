import type { Transaction } from 'kysely';
import { queueMail } from '../notifications/notify.ts';
import type { AppContext } from '../platform/context.ts';
import { decrypt } from '../platform/crypto.ts';
import type { DB } from '../platform/database/schema.ts';
import type { AppointmentRow, DayRow } from './reception-day.repository.ts';
import type { Leader } from './reception-day.rules.ts';

export interface Announced {
  emailed: number;
  toPhone: number;
}

type Change = { kind: 'changed'; note: string; orphaned: readonly string[] } | { kind: 'cancelled'; reason: string };

/**
 * Tells everyone holding a live booking of the day what changed, by e-mail when they gave an
 * address, in the caller's transaction (the mail goes out after the commit). Those without an
 * address are counted, and the day's list marks them, so that staff phone them.
 */
export async function announceToBookers(trx: Transaction<DB>, ctx: AppContext, day: DayRow, organizationName: string, bookings: readonly AppointmentRow[], change: Change): Promise<Announced> {
  const live = bookings.filter((b) => b.status === 'booked');
  const announced: Announced = { emailed: 0, toPhone: 0 };
  for (const b of live) {
    if (!b.email_sealed) {
      announced.toPhone += 1;
      continue;
    }
    const { subject, body } = message(ctx, day, organizationName, b, change);
    await queueMail(trx, ctx, decrypt(b.email_sealed, ctx.keys), subject, body);
    announced.emailed += 1;
  }
  return announced;
}

function message(ctx: AppContext, day: DayRow, org: string, booking: AppointmentRow, change: Change) {
  const leaders = (JSON.parse(day.leaders) as Leader[]).map((l) => `${l.title} ${l.name}`.trim()).join('、');
  const link = ctx.config.publicUrl ? new URL(`/public/reception/booking?no=${encodeURIComponent(booking.booking_no)}`, ctx.config.publicUrl).href : null;
  const view = link ? `查看或取消预约 / View or cancel: ${link}` : '可在信访网上门户“预约接访 → 我的预约”中查看 / See “My booking” on the petition portal.';
  if (change.kind === 'cancelled') {
    return {
      subject: `【接访日取消】${org} ${day.day} 领导接访日 / Reception day cancelled`,
      body: [
        `您好：`,
        `您预约的${org}${day.day}领导接访日（预约号 ${booking.booking_no}）已取消。`,
        `取消原因：${change.reason}`,
        `如需反映问题，可另行预约其他接访日，或通过网上信访、来信、来访等渠道提出。`,
        '',
        `The reception day of ${org} on ${day.day} that you booked (booking ${booking.booking_no}) has been cancelled. Reason: ${change.reason}`,
        '',
        view,
      ].join('\n'),
    };
  }
  const orphaned = change.orphaned.includes(booking.slot_starts_at);
  return {
    subject: `【接访日变更】${org} ${day.day} 领导接访日 / Reception day changed`,
    body: [
      `您好：`,
      `您预约的${org}领导接访日（预约号 ${booking.booking_no}）有变更：${change.note}`,
      `现在的安排：${day.day} ${day.starts_at}—${day.ends_at}，地点：${day.place}，接访领导：${leaders}。`,
      orphaned
        ? `因时间调整，您原预约的 ${booking.slot_starts_at} 时段已不存在。您的预约仍然保留，请凭预约号和预约码改选时段，或来电联系我们。`
        : `您预约的时段：${booking.slot_starts_at} 开始，保持不变。`,
      '',
      `The reception day you booked (booking ${booking.booking_no}) has changed: ${change.note}. It is now on ${day.day}, ${day.starts_at}–${day.ends_at}, at ${day.place}.`,
      orphaned
        ? `Your time (${booking.slot_starts_at}) no longer exists. Your booking is kept: choose a new time with your booking number and code, or call us.`
        : `Your time, from ${booking.slot_starts_at}, is unchanged.`,
      '',
      view,
    ].join('\n'),
  };
}
