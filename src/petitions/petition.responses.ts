import { z } from 'zod';
import type { DueStatus } from '../calendar/index.ts';
import { instantOut as instant, localDateOut as localDate } from '../platform/http/response.schemas.ts';
import type { RelatedReason } from '../search/related.repository.ts';
import { receiptSchema } from './petition.schemas.ts';
import { profileSchema } from './profile.service.ts';
import {
  type CommandType, type DeadlineKind, type DocumentKind, categories, channels, decisions, deliveryMethods, outcomes, ratings, reviewResults, steps,
} from './procedure.types.ts';

// What leaves the server about cases, as schemas: the presenters are typed by them, the serializer
// checks against them and the OpenAPI document names them. Inputs are in petition.schemas.ts.

/** A whole string union as a tuple zod can enumerate: a missing or unknown member does not compile. */
const every =
  <U extends string>() =>
  <const T extends readonly [U, ...U[]]>(values: T & ([Exclude<U, T[number]>] extends [never] ? unknown : never)) =>
    values;

export const stepSchema = z.enum(steps).meta({ id: 'Step', description: 'Step of the procedure' });
export const outcomeSchema = z.enum(outcomes).meta({ id: 'Outcome', description: 'How a closed case ended' });
export const categorySchema = z.enum(categories).meta({ id: 'Category', description: 'suggestion 建议, accusation 检举控告, claim 申诉求决' });
export const channelSchema = z.enum(channels).meta({ id: 'Channel' });
export const decisionSchema = z.enum(decisions).meta({ id: 'Decision', description: 'The handling opinion: support, explain or reject' });
export const reviewResultSchema = z.enum(reviewResults).meta({ id: 'ReviewResult' });
export const ratingSchema = z.enum(ratings).meta({ id: 'Rating', description: "The petitioner's evaluation of the reply" });
export const deliveryMethodSchema = z.enum(deliveryMethods).meta({ id: 'DeliveryMethod' });
export const deadlineKindSchema = z
  .enum(every<DeadlineKind>()(['triage', 'acceptance', 'objection', 'handling', 'reportBack', 'reviewRequest', 'review', 'rereviewRequest', 'rereview', 'instruction']))
  .meta({ id: 'DeadlineKind' });
export const documentKindSchema = z
  .enum(every<DocumentKind>()(['forwardNotice', 'acceptanceNotice', 'nonAcceptanceNotice', 'nonReacceptanceNotice', 'extensionNotice', 'replyOpinion', 'reviewOpinion', 'rereviewOpinion']))
  .meta({ id: 'DocumentKind' });
export const petitionActionSchema = z
  .enum(
    every<CommandType>()([
      'forward', 'assign', 'accept', 'notAccept', 'notReaccept', 'object', 'extend', 'reply', 'deliver', 'requestReview', 'review',
      'requestRereview', 'rereview', 'finalize', 'withdraw', 'urge', 'instruct', 'link', 'evaluate',
    ]),
  )
  .meta({ id: 'PetitionAction', description: 'A step of the procedure (the type of POST /petitions/{id}/actions)' });
export const dueStatusSchema = z.enum(every<DueStatus>()(['ok', 'dueSoon', 'overdue'])).meta({ id: 'DueStatus', description: 'dueSoon: three days or fewer left' });
const relatedReasonSchema = z.enum(every<RelatedReason>()(['sameMatter', 'sameRespondent', 'samePetitioner']));

export const deadlineSchema = z
  .object({
    id: z.number().int(),
    kind: deadlineKindSchema,
    label: z.string(),
    holderOrgId: z.number().int(),
    startOn: localDate,
    dueOn: localDate,
    provisional: z.boolean().describe("The due date falls in a year whose holidays are not announced yet; it may move"),
    explanation: z.string().describe('How the due date was counted, in words'),
    open: z.boolean(),
    status: z.enum(['ok', 'dueSoon', 'overdue', 'met', 'missed', 'closed']).describe('ok, dueSoon, overdue while open; met or missed once closed; closed for a window to exercise a right (objection, review request)'),
    closedAt: instant.nullable(),
  })
  .meta({ id: 'Deadline' });

export const heldDeadlineSchema = deadlineSchema.extend({ holderOrgName: z.string().describe('Who owes this step') }).meta({ id: 'HeldDeadline' });

export const petitionSummarySchema = z
  .object({
    id: z.number().int(),
    receiptNo: z.string(),
    channel: channelSchema,
    category: categorySchema,
    classification: z.string().nullable(),
    title: z.string(),
    registeredAt: instant,
    registeredOn: localDate,
    step: stepSchema,
    stepLabel: z.string(),
    outcome: outcomeSchema.nullable(),
    holderOrgId: z.number().int(),
    holderOrgName: z.string(),
    dueOn: localDate.nullable(),
    dueStatus: dueStatusSchema.nullable().describe('null once closed or without a due date'),
    signerCount: z.number().int(),
    anonymous: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'PetitionSummary' });

export const petitionEventSchema = z
  .object({
    id: z.number().int(),
    seq: z.number().int(),
    type: z.string().describe('registered, forwarded, accepted, replied, delivered … (the glossary’s past participles)'),
    occurredAt: instant,
    payload: z.record(z.string(), z.unknown()),
    actorKind: z.enum(['staff', 'petitioner', 'system']),
    actorUserId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    actorOrgName: z.string().nullable(),
    public: z.boolean().describe('Shown to the petitioner'),
    label: z.string(),
  })
  .meta({ id: 'PetitionEvent' });

export const documentSchema = z
  .object({
    id: z.number().int(),
    kind: documentKindSchema,
    title: z.string(),
    body: z.string(),
    sha256: z.string(),
    issuedAt: instant,
    deliveredOn: localDate.nullable(),
    deliveryMethod: deliveryMethodSchema.nullable(),
  })
  .meta({ id: 'Document' });

export const maskedPetitionerSchema = z
  .object({
    id: z.number().int(),
    ordinal: z.number().int(),
    name: z.string().nullable(),
    idNumber: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  })
  .meta({ id: 'MaskedPetitioner', description: 'Personal data, masked; POST …/unmask shows one in full' });

export const attachmentSchema = z
  .object({ sha256: z.string(), name: z.string(), size: z.number().int(), contentType: z.string() })
  .meta({ id: 'Attachment' });

export const linkedPetitionSchema = z
  .object({ id: z.number().int(), receiptNo: z.string(), title: z.string(), step: stepSchema })
  .meta({ id: 'LinkedPetition' });

export const petitionViewSchema = petitionSummarySchema
  .extend({
    request: z.string(),
    content: z.string(),
    respondentText: z.string().nullable(),
    respondentOrgId: z.number().int().nullable(),
    placeDivisionCode: z.string().nullable(),
    placeAddress: z.string().nullable(),
    registeringOrgId: z.number().int(),
    routingOrgId: z.number().int().describe('The petition office that last routed the case (where an objection sends it back)'),
    decision: decisionSchema.nullable(),
    reviewResult: reviewResultSchema.nullable(),
    evaluation: ratingSchema.nullable(),
    extended: z.boolean(),
    sealed: z.boolean().describe('An accusation seen from the accused organisation: no petitioners, no attachments'),
    petitioners: z.array(maskedPetitionerSchema),
    attachments: z.array(attachmentSchema),
    deadlines: z.array(heldDeadlineSchema),
    events: z.array(petitionEventSchema),
    documents: z.array(documentSchema),
    links: z.array(linkedPetitionSchema),
    allowedActions: z.array(petitionActionSchema).describe('What the caller may do next'),
    canUnmask: z.boolean(),
    excludedStaff: z.array(z.object({ userId: z.number().int(), name: z.string() })).describe('Staff excluded from the case for a conflict of interest'),
    canManageExclusions: z.boolean().describe('The caller may exclude other staff from the case, or reinstate them'),
  })
  .meta({ id: 'PetitionView', description: 'One case as a member of staff sees it' });

export const caseHandedOnSchema = z
  .object({ id: z.number().int(), eventIds: z.array(z.number().int()), visible: z.literal(false) })
  .meta({ id: 'CaseHandedOn', description: 'The action was taken and handed the case to an organisation the caller cannot see' });

export const actionResultSchema = z.union([petitionViewSchema, caseHandedOnSchema]);

export const petitionPageSchema = z
  .object({
    items: z.array(petitionSummarySchema),
    total: z.number().int().nullable().describe('null: more than 1,000'),
    next: z.string().nullable().describe('Pass as cursor for the next page; null on the last'),
  })
  .meta({ id: 'PetitionPage' });

export const stepCountsSchema = z
  .object({
    open: z.number().int().nullable().describe('Cases at any open step; null: more than 1,000'),
    steps: z.array(z.object({ step: stepSchema, count: z.number().int().nullable().describe('null: more than 1,000') })),
  })
  .meta({ id: 'StepCounts', description: 'How many cases each step holds under the same filters' });

export const relatedPetitionSchema = z
  .object({
    id: z.number().int(),
    receiptNo: z.string(),
    title: z.string(),
    step: stepSchema,
    registeredOn: z.string(),
    reasons: z.array(relatedReasonSchema),
  })
  .meta({ id: 'RelatedPetition', description: 'A petition the caller may see that looks related' });
export const relatedResponseSchema = z.object({ related: z.array(relatedPetitionSchema) });

export const receiptResponseSchema = receiptSchema.meta({ id: 'Receipt', description: 'Give the receipt number and query code to the petitioner: together they open the case' });
export const staffReceiptSchema = receiptSchema
  .extend({ related: z.array(relatedPetitionSchema).describe('Earlier petitions that look related') })
  .meta({ id: 'StaffReceipt' });

export const unmaskedPetitionerSchema = z
  .object({ id: z.number().int(), name: z.string().nullable(), idNumber: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() })
  .meta({ id: 'UnmaskedPetitioner', description: 'Personal data in full; the read is in the access log' });

// The petitioner's side.
export const timelineEventSchema = z
  .object({ type: z.string(), label: z.string(), occurredAt: instant, orgName: z.string().nullable(), dueOn: localDate.nullable(), detail: z.string().nullable().describe('What the petitioner is told, e.g. a promise made at a reception') })
  .meta({ id: 'TimelineEvent', description: 'A public event of the case' });

export const publicDocumentSchema = z
  .object({ id: z.number().int(), title: z.string(), body: z.string(), sha256: z.string(), issuedAt: instant, deliveredOn: localDate.nullable() })
  .meta({ id: 'PublicDocument' });

export const publicCaseViewSchema = z
  .object({
    receiptNo: z.string(),
    title: z.string(),
    channel: channelSchema,
    category: categorySchema,
    registeredOn: localDate,
    step: stepSchema,
    stepLabel: z.string(),
    outcome: outcomeSchema.nullable(),
    holderOrgName: z.string(),
    decision: decisionSchema.nullable(),
    reviewResult: reviewResultSchema.nullable(),
    deadlines: z.array(heldDeadlineSchema).describe('Open deadlines'),
    timeline: z.array(timelineEventSchema),
    documents: z.array(publicDocumentSchema),
    review: z.object({
      canRequestReview: z.boolean(),
      canRequestRereview: z.boolean(),
      windowEndsOn: localDate.nullable(),
      daysLeft: z.number().int().nullable(),
    }),
    canEvaluate: z.boolean(),
    evaluation: ratingSchema.nullable(),
    canWithdraw: z.boolean(),
  })
  .meta({ id: 'PublicCaseView', description: 'What the petitioner sees: no one’s personal data' });

export const officeListSchema = z.object({ offices: z.array(z.object({ id: z.number().int(), name: z.string() }).meta({ id: 'Office' })) });

export const procedureProfileSchema = profileSchema.meta({ id: 'ProcedureProfile', description: 'Time limits of each step, in calendar or working days' });
export const profileResponseSchema = z.object({ profile: procedureProfileSchema });

export const accessLogSchema = z.object({
  entries: z.array(
    z
      .object({
        id: z.number().int(),
        accessedAt: instant,
        reason: z.string(),
        petitionerId: z.number().int(),
        petitionId: z.number().int().describe('The case, for a link to it'),
        username: z.string(),
        displayName: z.string(),
        receiptNo: z.string(),
      })
      .meta({ id: 'AccessLogEntry', description: 'One reading of personal data in full' }),
  ),
});

// Supervision.
export const supervisionOverviewSchema = z
  .object({
    today: localDate,
    dueSoonDays: z.number().int(),
    organizations: z.array(
      z
        .object({
          orgId: z.number().int(),
          name: z.string(),
          parentId: z.number().int().nullable(),
          path: z.string(),
          open: z.number().int().describe('Cases at an active step held here'),
          overdue: z.number().int(),
          dueSoon: z.number().int(),
        })
        .meta({ id: 'SupervisedOrganization' }),
    ).describe('Only organisations holding open cases'),
  })
  .meta({ id: 'SupervisionOverview' });

export const urgeResultsSchema = z
  .object({
    results: z.array(
      z
        .object({ id: z.number().int(), ok: z.boolean(), code: z.string().optional(), message: z.string().optional() })
        .meta({ id: 'UrgeResult', description: 'One case: urged, or the error code and message why not' }),
    ),
  })
  .meta({ id: 'UrgeResults' });

export type PetitionSummary = z.infer<typeof petitionSummarySchema>;
export type PetitionView = z.infer<typeof petitionViewSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type PetitionEvent = z.infer<typeof petitionEventSchema>;
export type PublicCaseView = z.infer<typeof publicCaseViewSchema>;
