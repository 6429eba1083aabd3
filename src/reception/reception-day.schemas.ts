import { z } from 'zod';
import { instantOut, localDateOut } from '../platform/http/response.schemas.ts';

// Reception days in and out. Limits the rules check themselves (times, capacity, leaders) are
// left loose here so that the person gets the rule's own clear message, not a schema path.

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const time = z.string().max(5).describe("'HH:MM', local time in Asia/Shanghai");
export const leaderSchema = z.object({ name: z.string().max(50), title: z.string().max(50) }).meta({ id: 'ReceptionLeader', description: 'Published: e.g. 县长 王某某' });

const dayFields = {
  day: localDate,
  startsAt: time,
  endsAt: time,
  place: z.string().max(200),
  leaders: z.array(leaderSchema).max(10),
  topics: z.string().max(1000),
  slotMinutes: z.number().int().min(0).max(480),
  slotCapacity: z.number().int().min(0).max(500),
};

export const createDayBodySchema = z.object({ organizationId: z.number().int().positive(), ...dayFields });
export const updateDayBodySchema = z.object({
  ...dayFields,
  version: z.number().int().positive().describe('The version the change was made on: a stale one is refused (409)'),
  changeNote: z.string().trim().min(1).max(1000).describe('What changed, in words the people who booked will read'),
});
export const cancelDayBodySchema = z.object({ reason: z.string().trim().min(1).max(1000), version: z.number().int().positive().optional() });
export const dayRangeQuerySchema = z.object({ from: localDate.optional(), to: localDate.optional() });
export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const dayStatusSchema = z.enum(['scheduled', 'cancelled']).meta({ id: 'ReceptionDayStatus' });

export const slotSchema = z
  .object({ startsAt: z.string(), endsAt: z.string(), capacity: z.number().int(), booked: z.number().int(), remaining: z.number().int() })
  .meta({ id: 'ReceptionSlot' });

const publishedFields = {
  id: z.number().int(),
  organizationId: z.number().int(),
  organizationName: z.string(),
  day: localDateOut,
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  leaders: z.array(leaderSchema),
  topics: z.string(),
  status: dayStatusSchema,
  changeNote: z.string().nullable().describe('The latest change or the reason for cancelling'),
  version: z.number().int(),
  updatedAt: instantOut,
};

/** What anyone may see: no one's booking, only how many places are left. */
export const publicDaySchema = z
  .object({ ...publishedFields, slots: z.array(slotSchema.omit({ booked: true })) })
  .meta({ id: 'PublicReceptionDay' });
export const publicDayListSchema = z.object({ from: localDateOut, to: localDateOut, days: z.array(publicDaySchema) }).meta({ id: 'PublicReceptionDayList' });

export const staffDaySchema = z
  .object({
    ...publishedFields,
    slotMinutes: z.number().int(),
    slotCapacity: z.number().int(),
    slots: z.array(slotSchema),
    booked: z.number().int(),
    capacity: z.number().int(),
    needsNewTime: z.number().int().describe('Bookings whose slot a change removed'),
    attendanceOpen: z.boolean().describe('The day has come: attendance can be recorded'),
    createdAt: instantOut,
  })
  .meta({ id: 'ReceptionDay' });
export const staffDayListSchema = z.object({ days: z.array(staffDaySchema) }).meta({ id: 'ReceptionDayList' });
