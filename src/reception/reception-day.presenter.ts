import type { z } from 'zod';
import type { appointmentSchema } from './appointment.schemas.ts';
import type { AppointmentRow, DayRow } from './reception-day.repository.ts';
import { type Leader, deriveSlots } from './reception-day.rules.ts';
import type { publicDaySchema, staffDaySchema } from './reception-day.schemas.ts';

// The only shapes reception days and appointments leave the server in. Names and phones leave
// masked; the public shape carries nothing about who booked.

export type StaffDay = z.infer<typeof staffDaySchema>;
export type PublicDay = z.infer<typeof publicDaySchema>;
export type AppointmentView = z.infer<typeof appointmentSchema>;

const published = (row: DayRow, organizationName: string) => ({
  id: Number(row.id),
  organizationId: Number(row.organization_id),
  organizationName,
  day: row.day,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  place: row.place,
  leaders: JSON.parse(row.leaders) as Leader[],
  topics: row.topics,
  status: row.status as 'scheduled' | 'cancelled',
  changeNote: row.change_note,
  version: Number(row.version),
  updatedAt: row.updated_at,
});

function slotsOf(row: DayRow, taken: Map<string, number> | undefined) {
  const capacity = Number(row.slot_capacity);
  return deriveSlots(row.starts_at, row.ends_at, Number(row.slot_minutes)).map((s) => {
    const booked = taken?.get(s.startsAt) ?? 0;
    // A cancelled day takes nobody, whatever its slots say.
    const remaining = row.status === 'cancelled' ? 0 : Math.max(0, capacity - booked);
    return { ...s, capacity, booked, remaining };
  });
}

export function presentPublicDay(row: DayRow, organizationName: string, taken: Map<string, number> | undefined): PublicDay {
  return { ...published(row, organizationName), slots: slotsOf(row, taken).map(({ booked: _booked, ...s }) => s) };
}

export function presentStaffDay(row: DayRow, organizationName: string, taken: Map<string, number> | undefined, needsNewTime: number, today: string): StaffDay {
  const slots = slotsOf(row, taken);
  return {
    ...published(row, organizationName),
    slotMinutes: Number(row.slot_minutes),
    slotCapacity: Number(row.slot_capacity),
    slots,
    booked: slots.reduce((n, s) => n + s.booked, 0),
    capacity: slots.reduce((n, s) => n + s.capacity, 0),
    needsNewTime,
    attendanceOpen: row.day <= today,
    createdAt: row.created_at,
  };
}

export function presentAppointment(row: AppointmentRow, day: Pick<DayRow, 'version'>): AppointmentView {
  return {
    id: Number(row.id),
    receptionDayId: Number(row.reception_day_id),
    bookingNo: row.booking_no,
    slotStartsAt: row.slot_starts_at,
    nameMasked: row.name_mask,
    phoneMasked: row.phone_mask,
    hasEmail: row.email_sealed !== null,
    matter: row.matter,
    receiptNo: row.receipt_no,
    petitionId: row.petition_id === null ? null : Number(row.petition_id),
    channel: row.channel as 'online' | 'phone',
    status: row.status as AppointmentView['status'],
    needsNewTime: Number(row.needs_new_time) === 1,
    changedSinceBooking: Number(day.version) > Number(row.day_version),
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
  };
}
