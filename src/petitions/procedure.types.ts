import type { DueExplanation, LocalDate, TimeLimit } from '../calendar/index.ts';

// The vocabulary of DOMAIN.md §3, as types. Names are the glossary's.
export const steps = ['triage', 'acceptance', 'handling', 'reviewRequest', 'review', 'rereviewRequest', 'rereview', 'closed'] as const;
export type Step = (typeof steps)[number];
export const outcomes = ['notAccepted', 'notReaccepted', 'withdrawn', 'finalized'] as const;
export type Outcome = (typeof outcomes)[number];
export const categories = ['suggestion', 'accusation', 'claim'] as const;
export type Category = (typeof categories)[number];
export const channels = ['online', 'letter', 'visit', 'phone', 'fax', 'email', 'api'] as const;
export type Channel = (typeof channels)[number];
export const decisions = ['support', 'explain', 'reject'] as const;
export type Decision = (typeof decisions)[number];
export const reviewResults = ['upheld', 'changed'] as const;
export type ReviewResult = (typeof reviewResults)[number];
export const notAcceptRoutes = ['litigation', 'arbitration', 'reconsideration', 'court', 'procuratorate', 'other'] as const;
export type NotAcceptRoute = (typeof notAcceptRoutes)[number];
export const ratings = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
export type Rating = (typeof ratings)[number];
// `unreachable`: an anonymous petitioner left no way to reach them; the document is kept for them
// (on the portal with the receipt, and at the office), and counts as delivered on the recorded date
// so that the request window can open and lapse like any other.
export const deliveryMethods = ['online', 'post', 'inPerson', 'message', 'unreachable'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

export type DeadlineKind =
  | 'triage'
  | 'acceptance'
  | 'objection'
  | 'handling'
  | 'reportBack'
  | 'reviewRequest'
  | 'review'
  | 'rereviewRequest'
  | 'rereview'
  | 'instruction';

export type DocumentKind =
  | 'forwardNotice'
  | 'acceptanceNotice'
  | 'nonAcceptanceNotice'
  | 'nonReacceptanceNotice'
  | 'extensionNotice'
  | 'replyOpinion'
  | 'reviewOpinion'
  | 'rereviewOpinion';

/** Who must come to receive a group visit (DOMAIN.md §5): the petition office's head, the responsible unit's head, or the leader on call. */
export const groupVisitReceivers = ['officeHead', 'unitHead', 'onCallLeader'] as const;
export type GroupVisitReceiver = (typeof groupVisitReceivers)[number];
export interface GroupVisitRule {
  minHeadcount: number;
  receiver: GroupVisitReceiver;
  withinMinutes: number;
}

export interface ProcedureProfile {
  triage: TimeLimit;
  acceptance: TimeLimit;
  objection: TimeLimit;
  handling: TimeLimit;
  extensionMaxDays: number;
  reviewRequest: TimeLimit;
  review: TimeLimit;
  rereviewRequest: TimeLimit;
  rereview: TimeLimit;
  /** By headcount, who receives a group visit and how soon; the highest matching rule applies. */
  groupVisitRules: GroupVisitRule[];
}

export const defaultProfile: ProcedureProfile = {
  triage: { days: 15, unit: 'calendar' },
  acceptance: { days: 15, unit: 'calendar' },
  objection: { days: 5, unit: 'working' },
  handling: { days: 60, unit: 'calendar' },
  extensionMaxDays: 30,
  reviewRequest: { days: 30, unit: 'calendar' },
  review: { days: 30, unit: 'calendar' },
  rereviewRequest: { days: 30, unit: 'calendar' },
  rereview: { days: 30, unit: 'calendar' },
  groupVisitRules: [
    { minHeadcount: 5, receiver: 'officeHead', withinMinutes: 120 },
    { minHeadcount: 20, receiver: 'unitHead', withinMinutes: 60 },
    { minHeadcount: 50, receiver: 'onCallLeader', withinMinutes: 30 },
  ],
};

export interface OpenDeadline {
  kind: DeadlineKind;
  holderOrgId: number;
  due: DueExplanation;
}

/** What the procedure needs to know about a case; the rest of the record is not its business. */
export interface CaseState {
  step: Step;
  outcome: Outcome | null;
  category: Category;
  holderOrgId: number;
  routingOrgId: number;
  replyingOrgId: number | null;
  reviewingOrgId: number | null;
  extended: boolean;
  decision: Decision | null;
  reviewResult: ReviewResult | null;
  evaluation: Rating | null;
  deadlines: OpenDeadline[];
}

export type Command =
  | { type: 'forward'; toOrgId: number; toOrgIsRespondent: boolean; toPetitionOffice?: boolean }
  | { type: 'assign'; toOrgId: number; toOrgIsRespondent: boolean; reportBackOn: LocalDate; toPetitionOffice?: boolean }
  | { type: 'accept' }
  | { type: 'notAccept'; reason: string; route: NotAcceptRoute }
  | { type: 'notReaccept'; reason: string; priorReceiptNo?: string | undefined }
  | { type: 'object'; reason: string }
  | { type: 'extend'; days: number; reason: string }
  | { type: 'reply'; decision: Decision; opinion: string }
  | { type: 'deliver'; documentKind: DocumentKind; method: DeliveryMethod; deliveredOn: LocalDate }
  | { type: 'requestReview'; reason: string; toOrgId: number | null }
  | { type: 'review'; result: ReviewResult; opinion: string }
  | { type: 'requestRereview'; reason: string; toOrgId: number | null }
  | { type: 'rereview'; result: ReviewResult; opinion: string }
  | { type: 'finalize' }
  | { type: 'withdraw'; reason: string }
  | { type: 'urge'; note: string }
  | { type: 'instruct'; text: string; responsibleOrgId: number | null; dueOn: LocalDate | null }
  | { type: 'link'; petitionId: number; receiptNo: string }
  | { type: 'evaluate'; rating: Rating; comment: string };

export type CommandType = Command['type'];

export interface Transition {
  /** The event's type is the glossary's past participle: forwarded, accepted, replied … */
  event: { type: string; payload: Record<string, unknown>; public: boolean };
  state: CaseState;
  document: DocumentKind | null;
}
