import { useQuery } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, call } from '../../shared/api.ts';

export type PublicDay = components['schemas']['PublicReceptionDay'];
export type BookingReceipt = components['schemas']['BookingReceipt'];
export type PublicBooking = components['schemas']['PublicBooking'];
export interface BookingCredentials {
  bookingNo: string;
  code: string;
}

export interface BookingValues {
  slotStartsAt: string;
  name: string;
  phone: string;
  email?: string;
  matter: string;
  receiptNo?: string;
  consent: boolean;
}

/** The published days of the coming weeks; places change as people book, so kept fresh for a minute only. */
export function usePublicDays() {
  return useQuery({
    queryKey: ['portal', 'reception-days'],
    queryFn: () => call(api.GET('/api/public/reception-days')),
    staleTime: 60_000,
  });
}

export const bookPlace = (dayId: number, v: BookingValues, key: string) =>
  call(
    api.POST('/api/public/appointments', {
      body: {
        receptionDayId: dayId,
        slotStartsAt: v.slotStartsAt,
        name: v.name.trim(),
        phone: v.phone.trim(),
        email: v.email?.trim() || undefined,
        matter: v.matter.trim(),
        receiptNo: v.receiptNo?.trim() || undefined,
        consent: true,
      },
      params: { header: { 'idempotency-key': key } },
    }),
  );

export const lookupBooking = (c: BookingCredentials) => call(api.POST('/api/public/appointments/lookup', { body: c }));
export const cancelBooking = (c: BookingCredentials) => call(api.POST('/api/public/appointments/cancel', { body: c }));
export const rescheduleBooking = (c: BookingCredentials, slotStartsAt: string) => call(api.POST('/api/public/appointments/reschedule', { body: { ...c, slotStartsAt } }));

export const leaderNames = (leaders: PublicDay['leaders']): string => leaders.map((l) => `${l.title} ${l.name}`.trim()).join('、');

/** The booking code is a secret: kept only in this module's memory, like the query code of a case. */
let held: BookingCredentials | null = null;
export const holdBooking = (c: BookingCredentials) => {
  held = c;
};
export const heldBooking = (bookingNo: string): BookingCredentials | null => (held && held.bookingNo === bookingNo ? held : null);
