import { z } from 'zod';
import { categories, channels, decisions, deliveryMethods, notAcceptRoutes, ratings, reviewResults } from './procedure.types.ts';

// One schema each: validation, TypeScript types and the OpenAPI document come from here.
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const personalDataSchema = z.object({
  name: z.string().max(50).optional(),
  idNumber: z.string().max(20).optional(),
  phone: z.string().max(30).optional(),
  address: z.string().max(200).optional(),
});

const intakeFields = {
  category: z.enum(categories),
  classification: z.string().max(100).optional(),
  title: text(100),
  request: text(2000),
  content: text(20000),
  respondentText: z.string().max(200).optional(),
  respondentOrgId: z.number().int().positive().optional(),
  placeDivisionCode: z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/).optional(),
  placeAddress: z.string().max(200).optional(),
  signerCount: z.number().int().min(1).max(100000).optional(),
  anonymous: z.boolean().default(false),
  petitioners: z.array(personalDataSchema).max(50).default([]),
  attachments: z.array(z.object({ sha256: z.string().regex(/^[a-f0-9]{64}$/), name: text(200) })).max(20).default([]),
};

export const registerBodySchema = z.object({
  ...intakeFields,
  channel: z.enum(channels),
  registeringOrgId: z.number().int().positive().optional(),
});

export const publicSubmitBodySchema = z.object({
  ...intakeFields,
  officeId: z.number().int().positive().optional(),
  consent: z.literal(true, { error: 'consent required' }),
});

export const receiptSchema = z.object({
  id: z.number(),
  receiptNo: z.string(),
  queryCode: z.string(),
  registeredOn: z.string(),
  dueOn: z.string(),
  replayed: z.boolean(),
});

const reason = text(2000);
export const actionBodySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('forward'), toOrgId: z.number().int().positive() }),
  z.object({ type: z.literal('assign'), toOrgId: z.number().int().positive(), reportBackOn: localDate }),
  z.object({ type: z.literal('accept') }),
  z.object({ type: z.literal('notAccept'), reason, route: z.enum(notAcceptRoutes) }),
  z.object({ type: z.literal('notReaccept'), reason, priorReceiptNo: z.string().max(40).optional() }),
  z.object({ type: z.literal('object'), reason }),
  z.object({ type: z.literal('extend'), days: z.number().int().min(1).max(365), reason }),
  z.object({ type: z.literal('reply'), decision: z.enum(decisions), opinion: text(20000) }),
  z.object({ type: z.literal('deliver'), documentId: z.number().int().positive(), method: z.enum(deliveryMethods), deliveredOn: localDate.optional() }),
  z.object({ type: z.literal('requestReview'), reason }),
  z.object({ type: z.literal('review'), result: z.enum(reviewResults), opinion: text(20000) }),
  z.object({ type: z.literal('requestRereview'), reason }),
  z.object({ type: z.literal('rereview'), result: z.enum(reviewResults), opinion: text(20000) }),
  z.object({ type: z.literal('withdraw'), reason }),
  z.object({ type: z.literal('urge'), note: text(2000) }),
  z.object({ type: z.literal('instruct'), text: text(2000), responsibleOrgId: z.number().int().positive().optional(), dueOn: localDate.optional() }),
  z.object({ type: z.literal('link'), receiptNo: text(40) }),
  z.object({ type: z.literal('evaluate'), rating: z.enum(ratings), comment: z.string().max(2000).default('') }),
]);

export const publicCredentialsSchema = z.object({ receiptNo: text(40), queryCode: text(20) });
export const publicActionBodySchema = z.object({
  ...publicCredentialsSchema.shape,
  action: z.discriminatedUnion('type', [
    z.object({ type: z.literal('requestReview'), reason }),
    z.object({ type: z.literal('requestRereview'), reason }),
    z.object({ type: z.literal('evaluate'), rating: z.enum(ratings), comment: z.string().max(2000).default('') }),
    z.object({ type: z.literal('withdraw'), reason }),
  ]),
});

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const unmaskBodySchema = z.object({ reason: text(500) });
export const relatedBodySchema = z.object({
  text: z.string().max(20000).default(''),
  respondentText: z.string().max(200).optional(),
  petitioner: personalDataSchema.optional(),
  excludeId: z.number().int().positive().optional(),
});
