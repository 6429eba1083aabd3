import { z } from 'zod';
import { instantOut, localDateOut } from '../platform/http/response.schemas.ts';
import { REASON_MAX, duties } from './duty-roster.ts';

export const dutySchema = z.enum(duties).meta({ id: 'Duty', description: 'reception 接待值班, onCall 带班领导' });
export const dayKindSchema = z.enum(['workday', 'weekend', 'holiday', 'adjustedWorkday']).meta({ id: 'DayKind', description: 'From the working calendar deadlines are counted on' });
const holidaySchema = z.object({ zh: z.string(), en: z.string() }).nullable().describe('The public holiday a rest day belongs to');

// Dates are checked by the use case, which explains a bad one in both languages.
const day = z.string().max(20).describe('YYYY-MM-DD');
const orgId = z.coerce.number().int().positive();

export const onDutySchema = z
  .object({ shiftId: z.number().int(), userId: z.number().int(), displayName: z.string(), organizationName: z.string(), swaps: z.number().int().describe('How many times this shift was swapped') })
  .meta({ id: 'OnDuty' });

export const dutyCellSchema = z
  .object({
    people: z.array(onDutySchema).describe("The office's own people on the duty"),
    coveredBy: z.object({ organizationId: z.number().int(), organizationName: z.string(), people: z.array(z.string()) }).nullable().describe('An ancestor office covering a day the office has nobody for'),
    gap: z.boolean().describe('Nobody covers the duty that day'),
  })
  .meta({ id: 'DutyCell' });

export const rosterDaySchema = z
  .object({ day: localDateOut, kind: dayKindSchema, holiday: holidaySchema, reception: dutyCellSchema, onCall: dutyCellSchema })
  .meta({ id: 'RosterDay' });

export const rosterMonthSchema = z
  .object({ organizationId: z.number().int(), organizationName: z.string(), month: z.string(), today: localDateOut, canEdit: z.boolean(), days: z.array(rosterDaySchema) })
  .meta({ id: 'RosterMonth' });

export const rosterGapSchema = z.object({ day: localDateOut, kind: dayKindSchema, holiday: holidaySchema, duties: z.array(dutySchema) }).meta({ id: 'RosterGap' });

export const rosterGapsSchema = z
  .object({
    from: localDateOut,
    to: localDateOut,
    offices: z.array(z.object({ organizationId: z.number().int(), organizationName: z.string(), gaps: z.array(rosterGapSchema) })).describe('Only offices with gaps'),
  })
  .meta({ id: 'RosterGaps' });

export const dutyOfficesSchema = z
  .object({ offices: z.array(z.object({ id: z.number().int(), name: z.string(), canEdit: z.boolean() })) })
  .meta({ id: 'DutyOffices' });

export const dutyCandidatesSchema = z
  .object({ people: z.array(z.object({ id: z.number().int(), displayName: z.string(), organizationName: z.string(), leader: z.boolean() })) })
  .meta({ id: 'DutyCandidates' });

export const dutySwapSchema = z
  .object({ id: z.number().int(), fromUserId: z.number().int(), fromName: z.string(), toUserId: z.number().int(), toName: z.string(), reason: z.string(), swappedBy: z.number().int(), swappedByName: z.string(), swappedAt: instantOut })
  .meta({ id: 'DutySwap' });

export const dutyShiftSchema = z
  .object({
    id: z.number().int(),
    organizationId: z.number().int(),
    organizationName: z.string(),
    day: localDateOut,
    duty: dutySchema,
    userId: z.number().int(),
    displayName: z.string(),
    userOrganizationName: z.string(),
    swaps: z.array(dutySwapSchema).describe('Every swap of this shift, oldest first'),
  })
  .meta({ id: 'DutyShift' });

export const rosterQuery = z.object({ organizationId: orgId, month: z.string().max(10).describe('YYYY-MM') });
export const gapsQuery = z.object({
  organizationId: orgId.optional().describe('Omit for every office you may see'),
  weeks: z.coerce.number().int().min(1).max(13).default(4),
});
export const candidatesQuery = z.object({ organizationId: orgId, duty: dutySchema });

export const assignBody = z.object({ organizationId: z.number().int().positive(), day, duty: dutySchema, userIds: z.array(z.number().int().positive()).min(1).max(20) });
export const assignResponse = z.object({ shifts: z.array(onDutySchema) }).meta({ id: 'DutyAssigned' });

export const fillBody = z.object({
  organizationId: z.number().int().positive(),
  from: day,
  to: day,
  duty: dutySchema,
  userIds: z.array(z.number().int().positive()).min(1).max(50).describe('In rotation order'),
  perDay: z.number().int().min(1).max(10).default(1),
  onlyGaps: z.boolean().default(true).describe('Skip days that already have someone on the duty'),
});
export const fillResponse = z.object({ assigned: z.number().int(), days: z.number().int() }).meta({ id: 'DutyFilled' });

export const swapBody = z.object({ toUserId: z.number().int().positive(), reason: z.string().max(REASON_MAX * 2) });
export const shiftParams = z.object({ id: z.coerce.number().int().positive() });
