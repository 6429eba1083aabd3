import type { Message } from '../platform/errors.ts';
import type { DeadlineKind, DocumentKind, Step } from './procedure.types.ts';

// Names people read, in both locales; the code names stay the glossary's. English names are in
// sentence case: they stand alone as tags, titles and timeline entries.
const stepLabels: Record<Step, Message> = {
  triage: { zh: '登记分流', en: 'Triage' },
  acceptance: { zh: '受理告知', en: 'Acceptance notice' },
  handling: { zh: '办理', en: 'Handling' },
  reviewRequest: { zh: '待申请复查', en: 'Review request window' },
  review: { zh: '复查', en: 'Review' },
  rereviewRequest: { zh: '待申请复核', en: 'Re-review request window' },
  rereview: { zh: '复核', en: 'Re-review' },
  closed: { zh: '已办结', en: 'Closed' },
};
export const stepLabel = (step: Step): Message => stepLabels[step];

export const deadlineLabels: Record<DeadlineKind, Message> = {
  triage: { zh: '登记分流期限', en: 'Triage due' },
  acceptance: { zh: '受理告知期限', en: 'Acceptance notice due' },
  objection: { zh: '异议期限', en: 'Objection period' },
  handling: { zh: '办理期限', en: 'Handling due' },
  reportBack: { zh: '报告办理结果期限', en: 'Report-back due' },
  reviewRequest: { zh: '申请复查期限', en: 'Review request window' },
  review: { zh: '复查期限', en: 'Review due' },
  rereviewRequest: { zh: '申请复核期限', en: 'Re-review request window' },
  rereview: { zh: '复核期限', en: 'Re-review due' },
  instruction: { zh: '批示办理期限', en: 'Instruction due' },
};

/** What started each period, for the explanation "15 days from the day after <start>". */
export const deadlineStartLabels: Record<DeadlineKind, Message> = {
  triage: { zh: '登记', en: 'registration' },
  acceptance: { zh: '收到转送事项', en: 'receipt of the forwarded matter' },
  objection: { zh: '收到转送事项', en: 'receipt of the forwarded matter' },
  handling: { zh: '受理', en: 'acceptance' },
  reportBack: { zh: '交办', en: 'assignment' },
  reviewRequest: { zh: '处理意见书送达', en: 'delivery of the reply' },
  review: { zh: '收到复查申请', en: 'receipt of the review request' },
  rereviewRequest: { zh: '复查意见书送达', en: 'delivery of the review opinion' },
  rereview: { zh: '收到复核申请', en: 'receipt of the re-review request' },
  instruction: { zh: '批示', en: 'the instruction' },
};

export const documentTitles: Record<DocumentKind, Message> = {
  forwardNotice: { zh: '信访事项转送告知书', en: 'Notice of forwarding' },
  acceptanceNotice: { zh: '信访事项受理告知书', en: 'Notice of acceptance' },
  nonAcceptanceNotice: { zh: '信访事项不予受理告知书', en: 'Notice of non-acceptance' },
  nonReacceptanceNotice: { zh: '信访事项不再受理告知书', en: 'Notice of non-re-acceptance' },
  extensionNotice: { zh: '延长信访事项办理期限告知书', en: 'Notice of extension of the handling period' },
  replyOpinion: { zh: '信访事项处理意见书', en: 'Handling opinion' },
  reviewOpinion: { zh: '信访事项复查意见书', en: 'Review opinion' },
  rereviewOpinion: { zh: '信访事项复核意见书', en: 'Re-review opinion' },
};

export const eventLabels: Record<string, Message> = {
  registered: { zh: '登记', en: 'Registered' },
  forwarded: { zh: '转送', en: 'Forwarded' },
  assigned: { zh: '交办', en: 'Assigned' },
  accepted: { zh: '受理', en: 'Accepted' },
  notAccepted: { zh: '不予受理', en: 'Not accepted' },
  notReaccepted: { zh: '不再受理', en: 'Not accepted again' },
  objected: { zh: '提出异议', en: 'Objected' },
  extended: { zh: '延长办理期限', en: 'Handling extended' },
  replied: { zh: '出具处理意见', en: 'Replied' },
  delivered: { zh: '送达', en: 'Delivered' },
  reviewRequested: { zh: '申请复查', en: 'Review requested' },
  reviewed: { zh: '复查', en: 'Reviewed' },
  rereviewRequested: { zh: '申请复核', en: 'Re-review requested' },
  rereviewed: { zh: '复核', en: 'Re-reviewed' },
  finalized: { zh: '终结', en: 'Finalized' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
  urged: { zh: '督办', en: 'Urged' },
  instructed: { zh: '领导批示', en: 'Instructed' },
  linked: { zh: '关联', en: 'Linked' },
  evaluated: { zh: '评价', en: 'Evaluated' },
  documentIssued: { zh: '出具文书', en: 'Document issued' },
  staffExcluded: { zh: '工作人员回避', en: 'Staff member excluded (conflict of interest)' },
  staffReinstated: { zh: '恢复工作人员参与办理', en: 'Staff member reinstated' },
  visitRecorded: { zh: '来访接待', en: 'Received in person' },
  followUpPromised: { zh: '接访承诺', en: 'Promise made at a reception' },
  followUpDone: { zh: '承诺事项办结', en: 'Promise carried out' },
  groupVisitRegistered: { zh: '集体访登记', en: 'Group visit registered' },
  groupVisitReceived: { zh: '集体访接待', en: 'Group visit received' },
  groupVisitSummarized: { zh: '集体访接待小结', en: 'Group visit summarized' },
};
