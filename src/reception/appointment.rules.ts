// What a booking must carry to be taken. Pure: no clock, SQL or HTTP.
import { normalize } from '../petitions/personal-data.ts';
import { AppError } from '../platform/errors.ts';

/**
 * A phone the office can call back: a mainland mobile (11 digits from 13x to 19x) or a landline
 * with its area code (0 + 2–3 digits + a 7–8 digit number). Spaces, dashes, brackets, full-width
 * digits and +86 are accepted and normalised away, as for petitioners.
 */
export function checkPhone(value: string): string {
  const phone = normalize('phone', value);
  if (/^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}[2-9]\d{6,7}$/.test(phone)) return phone;
  throw new AppError('badRequest', 'invalidPhone', {
    zh: '请填写有效的手机号码（11 位）或带区号的固定电话，如 0791-86123456',
    en: 'Give a valid mobile number (11 digits) or a landline with its area code, e.g. 0791-86123456',
  });
}

/** 'JF' (接访) + the reception day + a per-day serial: readable over the phone, unique. */
export const bookingNumber = (day: string, serial: number): string => `JF${day.replaceAll('-', '')}${String(serial).padStart(4, '0')}`;

export const appointmentStatuses = ['booked', 'cancelled', 'attended', 'absent'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** Bookings that hold a place in their slot: not cancelled, and on a slot that still exists. */
export const holdsPlace = (a: { status: string; needs_new_time: number }): boolean => a.status !== 'cancelled' && Number(a.needs_new_time) === 0;
