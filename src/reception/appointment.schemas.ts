import { z } from 'zod';
import { instantOut, localDateOut } from '../platform/http/response.schemas.ts';
import { appointmentStatuses } from './appointment.rules.ts';
import { publicDaySchema, staffDaySchema } from './reception-day.schemas.ts';

// Appointments in and out. The phone and e-mail are checked by the use case, for a clear message.

const bookingFields = {
  slotStartsAt: z.string().max(5),
  name: z.string().trim().min(1).max(50),
  phone: z.string().max(30),
  email: z.string().trim().max(200).optional(),
  matter: z.string().trim().min(1).max(2000).describe('The matter in brief'),
  receiptNo: z.string().trim().max(40).optional().describe('Receipt number of an existing case, if any'),
};

export const staffBookingBodySchema = z.object(bookingFields);
export const publicBookingBodySchema = z.object({ receptionDayId: z.number().int().positive(), ...bookingFields, consent: z.literal(true, { error: 'consent required' }) });
export const bookingCredentialsSchema = z.object({ bookingNo: z.string().trim().min(1).max(40), code: z.string().trim().min(1).max(20) });
export const publicCancelBodySchema = bookingCredentialsSchema.extend({ reason: z.string().trim().max(500).optional() });
export const publicRescheduleBodySchema = bookingCredentialsSchema.extend({ slotStartsAt: z.string().max(5) });
export const attendanceBodySchema = z.object({ status: z.enum(['attended', 'absent']) });
export const unmaskBodySchema = z.object({ reason: z.string().trim().min(2).max(500) });

export const appointmentStatusSchema = z.enum(appointmentStatuses).meta({ id: 'AppointmentStatus' });

export const appointmentSchema = z
  .object({
    id: z.number().int().describe('Also what a visit record links to (visits.appointment_id)'),
    receptionDayId: z.number().int(),
    bookingNo: z.string(),
    slotStartsAt: z.string(),
    nameMasked: z.string(),
    phoneMasked: z.string(),
    hasEmail: z.boolean().describe('False: phone them about changes'),
    matter: z.string(),
    receiptNo: z.string().nullable(),
    petitionId: z.number().int().nullable(),
    channel: z.enum(['online', 'phone']),
    status: appointmentStatusSchema,
    needsNewTime: z.boolean().describe('A change removed the booked slot: the booking stays and needs a new time'),
    changedSinceBooking: z.boolean().describe('The day changed (or was cancelled) after this booking was made'),
    createdAt: instantOut,
    cancelledAt: instantOut.nullable(),
    cancelReason: z.string().nullable(),
  })
  .meta({ id: 'Appointment' });

export const dayDetailSchema = z.object({ day: staffDaySchema, appointments: z.array(appointmentSchema) }).meta({ id: 'ReceptionDayDetail' });
export const dayChangeResultSchema = dayDetailSchema
  .extend({
    announced: z.object({ emailed: z.number().int(), toPhone: z.number().int() }).describe('Live bookings told by e-mail, and those without an address to phone'),
    orphanedSlots: z.array(z.string()).describe('Booked slot times the change removed'),
  })
  .meta({ id: 'ReceptionDayChangeResult' });

export const bookingReceiptSchema = z
  .object({
    bookingNo: z.string(),
    code: z.string().describe('Secret booking code: shown once, stored only as a keyed hash'),
    receptionDayId: z.number().int(),
    day: localDateOut,
    slotStartsAt: z.string(),
    slotEndsAt: z.string(),
    place: z.string(),
    replayed: z.boolean(),
  })
  .meta({ id: 'BookingReceipt' });
export const staffBookingResultSchema = z.object({ receipt: bookingReceiptSchema, appointment: appointmentSchema }).meta({ id: 'StaffBookingResult' });

export const publicBookingSchema = z
  .object({
    bookingNo: z.string(),
    status: appointmentStatusSchema,
    nameMasked: z.string(),
    matter: z.string(),
    slotStartsAt: z.string(),
    slotEndsAt: z.string().nullable().describe('Null when the slot no longer exists'),
    needsNewTime: z.boolean(),
    changedSinceBooking: z.boolean(),
    cancelledAt: instantOut.nullable(),
    canCancel: z.boolean(),
    canReschedule: z.boolean(),
    day: publicDaySchema,
  })
  .meta({ id: 'PublicBooking' });

export const unmaskedAppointmentSchema = z
  .object({ id: z.number().int(), name: z.string(), phone: z.string(), email: z.string().nullable() })
  .meta({ id: 'UnmaskedAppointment' });
