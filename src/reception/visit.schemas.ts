import { z } from 'zod';
import { categories, groupVisitReceivers } from '../petitions/procedure.types.ts';
import { instantOut as instantO, localDateOut as localDateO } from '../platform/http/response.schemas.ts';

// Inputs and outputs of visits, group visits and follow-ups: one schema gives validation, types
// and the OpenAPI document.
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.number().int().positive();

export const promiseSchema = z.object({ promise: text(1000), responsibleOrgId: id, dueOn: localDate });
export const instructionSchema = z.object({ text: text(2000), responsibleOrgId: id.optional(), dueOn: localDate.optional() });
const visitorSchema = z.object({ name: z.string().max(50), phone: z.string().max(30).optional(), idNumber: z.string().max(20).optional(), address: z.string().max(200).optional() });
const petitionFields = {
  category: z.enum(categories),
  classification: z.string().max(100).optional(),
  title: text(100),
  content: text(20000),
  respondentText: z.string().max(200).optional(),
  respondentOrgId: id.optional(),
  placeDivisionCode: z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/).optional(),
  placeAddress: z.string().max(200).optional(),
};

export const recordVisitBodySchema = z.object({
  organizationId: id.optional().describe('The receiving organisation; the recorder’s own by default'),
  receivedAt: instant.optional(),
  receivers: z.array(z.object({ name: text(50), title: z.string().trim().max(50).default('') })).max(10).default([]),
  visitors: z.array(visitorSchema).max(50).default([]),
  visitorCount: z.number().int().min(1).max(100000).optional(),
  request: text(2000).describe('What was asked'),
  explanation: text(5000).describe('What was explained'),
  appointmentId: id.optional(),
  receptionDayId: id.optional(),
  outcome: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('register'), petition: z.object(petitionFields) }),
    z.object({ kind: z.literal('link'), receiptNo: text(40) }),
  ]),
  promises: z.array(promiseSchema).max(20).default([]),
  instruction: instructionSchema.optional().describe('Only a leader records an instruction; it becomes an `instructed` event'),
});
export type RecordVisitBody = z.infer<typeof recordVisitBodySchema>;

export const registerGroupVisitBodySchema = z.object({
  organizationId: id.optional().describe('The receiving office; the recorder’s own by default'),
  responsibleOrgId: id,
  headcount: z.number().int().min(2).max(100000),
  arrivedAt: instant.optional(),
  matter: text(2000).describe('What the group asks'),
  ...petitionFields,
  category: z.enum(categories).default('claim'),
  content: z.string().trim().max(20000).optional(),
  // More than five are accepted by the schema so that the rule is explained, not just refused.
  representatives: z.array(z.object({ name: z.string().max(50), phone: z.string().max(30).optional() })).max(50),
  others: z.array(z.string().trim().min(1).max(50)).max(1000).default([]),
});
export type RegisterGroupVisitBody = z.infer<typeof registerGroupVisitBodySchema>;

export const receiveGroupBodySchema = z.object({
  receivingLeaderName: z.string().trim().max(50).optional().describe('When someone other than the signed-in leader received them'),
  receivedAt: instant.optional(),
  statement: text(5000).describe('What was said to the group'),
  promises: z.array(promiseSchema).max(20).default([]),
});
export const summaryBodySchema = z.object({ summary: text(10000) });
export const followUpDoneBodySchema = z.object({ outcome: text(2000) });
export const reasonBodySchema = z.object({ reason: text(500) });
export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const visitListQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const groupVisitListQuerySchema = z.object({ status: z.enum(['waiting', 'received', 'closed', 'all']).default('all'), limit: z.coerce.number().int().min(1).max(200).default(100) });
export const followUpListQuerySchema = z.object({ status: z.enum(['open', 'done', 'all']).default('open'), limit: z.coerce.number().int().min(1).max(500).default(200) });

// Outputs.
export const receiverLevelSchema = z.enum(groupVisitReceivers).meta({ id: 'GroupVisitReceiver', description: 'officeHead 信访部门负责人, unitHead 责任单位负责人, onCallLeader 值班领导' });

export const followUpSchema = z
  .object({
    id: z.number().int(),
    petitionId: z.number().int(),
    receiptNo: z.string(),
    visitId: z.number().int().nullable(),
    groupVisitId: z.number().int().nullable(),
    promise: z.string(),
    responsibleOrgId: z.number().int(),
    responsibleOrgName: z.string(),
    receivingOrgId: z.number().int(),
    dueOn: localDateO,
    status: z.enum(['open', 'done']),
    overdue: z.boolean(),
    doneAt: instantO.nullable(),
    doneByName: z.string().nullable(),
    outcome: z.string().nullable(),
    canClose: z.boolean(),
  })
  .meta({ id: 'FollowUp', description: 'A promise made at a reception, due by a date' });
export const followUpListSchema = z.object({ items: z.array(followUpSchema), today: localDateO }).meta({ id: 'FollowUpList' });

export const visitSchema = z
  .object({
    id: z.number().int(),
    organizationId: z.number().int(),
    organizationName: z.string(),
    petitionId: z.number().int(),
    receiptNo: z.string(),
    petitionTitle: z.string(),
    outcome: z.enum(['registered', 'linked']),
    receivedAt: instantO,
    receivedBy: z.object({ id: z.number().int(), name: z.string() }),
    receivers: z.array(z.object({ name: z.string(), title: z.string() })),
    visitorCount: z.number().int(),
    visitors: z.array(z.string()).describe('Masked names'),
    request: z.string(),
    explanation: z.string(),
    promises: z.string().nullable(),
    appointmentId: z.number().int().nullable(),
    receptionDayId: z.number().int().nullable(),
    groupVisitId: z.number().int().nullable(),
    followUps: z.array(followUpSchema),
    canInstruct: z.boolean(),
    canUnmask: z.boolean(),
  })
  .meta({ id: 'Visit', description: 'One in-person reception: who received whom, what was asked, explained and promised' });
export const visitListSchema = z
  .object({ items: z.array(visitSchema.pick({ id: true, organizationName: true, petitionId: true, receiptNo: true, petitionTitle: true, outcome: true, receivedAt: true, visitorCount: true, request: true })) })
  .meta({ id: 'VisitList' });
export const visitRecordedSchema = z
  .object({
    id: z.number().int(),
    petitionId: z.number().int(),
    receiptNo: z.string(),
    queryCode: z.string().nullable().describe('Only when the visit registered a new petition: give it to the visitor now'),
    outcome: z.enum(['registered', 'linked']),
    followUpIds: z.array(z.number().int()),
    instructed: z.boolean(),
  })
  .meta({ id: 'VisitRecorded' });
export const unmaskedNamesSchema = z.object({ people: z.array(z.object({ name: z.string(), phone: z.string().nullable() })) }).meta({ id: 'UnmaskedReceptionPeople' });

const clockSchema = z
  .object({ minutesLeft: z.number().int().nullable().describe('Negative once overdue; null once received'), withinLimit: z.boolean().nullable() })
  .nullable()
  .describe('Null when no rule applies to the headcount');
const groupVisitBase = {
  id: z.number().int(),
  organizationId: z.number().int(),
  organizationName: z.string(),
  responsibleOrgId: z.number().int(),
  responsibleOrgName: z.string(),
  petitionId: z.number().int(),
  receiptNo: z.string(),
  title: z.string(),
  headcount: z.number().int(),
  matter: z.string(),
  arrivedAt: instantO,
  receiverLevel: receiverLevelSchema.nullable(),
  respondWithinMinutes: z.number().int().nullable(),
  respondBy: instantO.nullable(),
  status: z.enum(['waiting', 'received', 'closed']),
  clock: clockSchema,
  receivedAt: instantO.nullable(),
  receivingLeaderName: z.string().nullable(),
};
export const groupVisitItemSchema = z.object(groupVisitBase).meta({ id: 'GroupVisitItem' });
export const groupVisitListSchema = z.object({ items: z.array(groupVisitItemSchema), serverNow: instantO }).meta({ id: 'GroupVisitList' });
export const groupVisitSchema = z
  .object({
    ...groupVisitBase,
    representatives: z.array(z.object({ name: z.string(), phone: z.string().nullable() })).describe('Masked'),
    othersNamed: z.number().int().describe('How many of the others were listed by name'),
    statement: z.string().nullable(),
    summary: z.string().nullable(),
    visitId: z.number().int().nullable(),
    followUps: z.array(followUpSchema),
    canReceive: z.boolean(),
    canSummarize: z.boolean(),
    receiveAsSelf: z.boolean().describe('The caller is a leader of the receiving office and may record the reception as themselves'),
    canUnmask: z.boolean(),
    serverNow: instantO,
  })
  .meta({ id: 'GroupVisit', description: 'A group visit (集体访) with its response clock, reception and follow-ups' });
export const groupVisitRegisteredSchema = z
  .object({
    id: z.number().int(),
    petitionId: z.number().int(),
    receiptNo: z.string(),
    queryCode: z.string(),
    receiverLevel: receiverLevelSchema.nullable(),
    respondWithinMinutes: z.number().int().nullable(),
    respondBy: instantO.nullable(),
    notified: z.object({ onCall: z.array(z.string()), responsibleUnit: z.array(z.string()), officeApprovers: z.array(z.string()) }).describe('Display names of who was told'),
    onCallFound: z.boolean(),
    notice: z.string().nullable().describe('Said when nobody was on call, so someone acts'),
  })
  .meta({ id: 'GroupVisitRegistered' });
