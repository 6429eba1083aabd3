import type { Decision, DeliveryMethod, NotAcceptRoute, Rating, ReviewResult } from './procedure.types.ts';

// What a person asks for, before the use case resolves it into a procedure command (target
// organisations checked, review bodies found, documents looked up).
export type ActionInput =
  | { type: 'forward'; toOrgId: number }
  | { type: 'assign'; toOrgId: number; reportBackOn: string }
  | { type: 'accept' }
  | { type: 'notAccept'; reason: string; route: NotAcceptRoute }
  | { type: 'notReaccept'; reason: string; priorReceiptNo?: string | undefined }
  | { type: 'object'; reason: string }
  | { type: 'extend'; days: number; reason: string }
  | { type: 'reply'; decision: Decision; opinion: string }
  | { type: 'deliver'; documentId: number; method: DeliveryMethod; deliveredOn?: string | undefined }
  | { type: 'requestReview'; reason: string }
  | { type: 'review'; result: ReviewResult; opinion: string }
  | { type: 'requestRereview'; reason: string }
  | { type: 'rereview'; result: ReviewResult; opinion: string }
  | { type: 'finalize' }
  | { type: 'withdraw'; reason: string }
  | { type: 'urge'; note: string }
  | { type: 'instruct'; text: string; responsibleOrgId?: number | undefined; dueOn?: string | undefined }
  | { type: 'link'; receiptNo: string }
  | { type: 'evaluate'; rating: Rating; comment: string };

export type ActionType = ActionInput['type'];

/** Who acts: staff through the workbench, the petitioner through the portal, or the system's sweeps. */
export type Performer =
  | { kind: 'staff'; actor: import('../accounts/actor.ts').Actor }
  | { kind: 'petitioner' }
  | { kind: 'system' };

export const petitionerActions: ActionType[] = ['requestReview', 'requestRereview', 'evaluate', 'withdraw'];
