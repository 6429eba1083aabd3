import { type LocalDate, type TimeLimit, type WorkingCalendar, compareDates, computeDueDate, extendDueDate } from '../calendar/index.ts';
import { AppError } from '../platform/errors.ts';
import type {
  CaseState,
  Command,
  DeadlineKind,
  DocumentKind,
  OpenDeadline,
  ProcedureProfile,
  Step,
  Transition,
} from './procedure.types.ts';
import { stepLabel } from './procedure.labels.ts';

export interface ProcedureContext {
  today: LocalDate;
  profile: ProcedureProfile;
  calendar: WorkingCalendar;
}

const refuse = (code: string, zh: string, en: string, details?: unknown): never => {
  throw new AppError('conflict', code, { zh, en }, details);
};

function requireStep(state: CaseState, command: Command, ...allowed: Step[]): void {
  if (allowed.includes(state.step)) return;
  const now = stepLabel(state.step);
  refuse(
    'illegalTransition',
    `当前环节为“${now.zh}”，不能执行此操作`,
    `The case is at the “${now.en}” step; “${command.type}” is not allowed there`,
    { step: state.step, command: command.type },
  );
}

const open = (kind: DeadlineKind, holderOrgId: number, start: LocalDate, limit: TimeLimit, ctx: ProcedureContext): OpenDeadline => ({
  kind,
  holderOrgId,
  due: computeDueDate(start, limit, ctx.calendar),
});

const deadline = (state: CaseState, kind: DeadlineKind) => state.deadlines.find((d) => d.kind === kind);
const without = (state: CaseState, ...kinds: DeadlineKind[]) => state.deadlines.filter((d) => !kinds.includes(d.kind));
/** The step-bound deadlines; instructions and report-back dates outlive a step change. */
const stepKinds: DeadlineKind[] = ['triage', 'acceptance', 'objection', 'handling', 'reviewRequest', 'review', 'rereviewRequest', 'rereview'];

function result(state: CaseState, type: string, payload: Record<string, unknown>, document: DocumentKind | null = null, isPublic = true): Transition {
  return { event: { type, payload, public: isPublic }, state, document };
}

/** The procedure of DOMAIN.md §3: given a case and a command, the event it produces and the next state, or a refusal. */
export function decide(state: CaseState, command: Command, ctx: ProcedureContext): Transition {
  const c = command;
  if (state.step === 'closed' && c.type !== 'link' && c.type !== 'evaluate' && c.type !== 'deliver') {
    refuse('caseClosed', '此事项已办结，不能再执行此操作', 'This case is closed; the action is no longer possible', { outcome: state.outcome });
  }
  switch (c.type) {
    case 'forward':
    case 'assign': {
      requireStep(state, c, 'triage');
      if (c.toOrgIsRespondent) {
        refuse('routedToRespondent', '检举控告类事项不得转送、交办给被反映的单位', 'An accusation may not be routed to the organisation it accuses');
      }
      if (c.toOrgId === state.holderOrgId) refuse('routeToSelf', '不能转送给本单位，请直接受理', 'Cannot route a case to its own holder; accept it instead');
      // Another petition office triages the case afresh (and may route it on); a competent body
      // decides acceptance and may object within its window.
      const deadlines = c.toPetitionOffice
        ? [...without(state, ...stepKinds), open('triage', c.toOrgId, ctx.today, ctx.profile.triage, ctx)]
        : [
            ...without(state, ...stepKinds),
            open('acceptance', c.toOrgId, ctx.today, ctx.profile.acceptance, ctx),
            open('objection', c.toOrgId, ctx.today, ctx.profile.objection, ctx),
          ];
      if (c.type === 'assign') {
        if (compareDates(c.reportBackOn, ctx.today) <= 0) refuse('reportBackInPast', '报告办理结果的日期必须晚于今天', 'The report-back date must be after today');
        deadlines.push({ kind: 'reportBack', holderOrgId: c.toOrgId, due: fixedDue(ctx.today, c.reportBackOn) });
      }
      const next = { ...state, step: c.toPetitionOffice ? ('triage' as const) : ('acceptance' as const), holderOrgId: c.toOrgId, routingOrgId: state.holderOrgId, deadlines };
      const payload: Record<string, unknown> = { fromOrgId: state.holderOrgId, toOrgId: c.toOrgId };
      if (c.type === 'assign') payload.reportBackOn = c.reportBackOn;
      return result(next, c.type === 'forward' ? 'forwarded' : 'assigned', payload, 'forwardNotice');
    }
    case 'accept': {
      requireStep(state, c, 'triage', 'acceptance');
      const deadlines = [...without(state, ...stepKinds), open('handling', state.holderOrgId, ctx.today, ctx.profile.handling, ctx)];
      return result({ ...state, step: 'handling', deadlines }, 'accepted', { orgId: state.holderOrgId }, 'acceptanceNotice');
    }
    case 'notAccept':
      requireStep(state, c, 'triage', 'acceptance');
      return result(close(state, 'notAccepted'), 'notAccepted', { reason: c.reason, route: c.route }, 'nonAcceptanceNotice');
    case 'notReaccept':
      requireStep(state, c, 'triage', 'acceptance');
      return result(close(state, 'notReaccepted'), 'notReaccepted', { reason: c.reason, priorReceiptNo: c.priorReceiptNo ?? null }, 'nonReacceptanceNotice');
    case 'object': {
      requireStep(state, c, 'acceptance');
      const window = deadline(state, 'objection');
      if (!window || compareDates(ctx.today, window.due.dueOn) > 0) {
        refuse('objectionWindowClosed', `异议期已于 ${window?.due.dueOn ?? '此前'} 届满`, `The objection period ended on ${window?.due.dueOn ?? 'an earlier date'}`);
      }
      const deadlines = [...without(state, ...stepKinds, 'reportBack'), open('triage', state.routingOrgId, ctx.today, ctx.profile.triage, ctx)];
      const next = { ...state, step: 'triage' as const, holderOrgId: state.routingOrgId, deadlines };
      return result(next, 'objected', { reason: c.reason, fromOrgId: state.holderOrgId, toOrgId: state.routingOrgId });
    }
    case 'extend':
      return extend(state, c, ctx);
    case 'reply': {
      requireStep(state, c, 'handling');
      const next = { ...state, step: 'reviewRequest' as const, decision: c.decision, replyingOrgId: state.holderOrgId, deadlines: without(state, ...stepKinds, 'reportBack') };
      return result(next, 'replied', { decision: c.decision, opinion: c.opinion }, 'replyOpinion');
    }
    case 'deliver':
      return deliver(state, c, ctx);
    case 'requestReview':
    case 'requestRereview':
      return requestReview(state, c, ctx);
    case 'review':
    case 'rereview': {
      const isReview = c.type === 'review';
      requireStep(state, c, isReview ? 'review' : 'rereview');
      const base = { ...state, reviewResult: c.result, deadlines: without(state, ...stepKinds) };
      const next = isReview ? { ...base, step: 'rereviewRequest' as const } : { ...close(base, 'finalized') };
      return result(next, isReview ? 'reviewed' : 'rereviewed', { result: c.result, opinion: c.opinion }, isReview ? 'reviewOpinion' : 'rereviewOpinion');
    }
    case 'finalize': {
      requireStep(state, c, 'reviewRequest', 'rereviewRequest');
      const window = deadline(state, state.step === 'reviewRequest' ? 'reviewRequest' : 'rereviewRequest');
      if (!window || compareDates(ctx.today, window.due.dueOn) <= 0) refuse('windowStillOpen', '申请期限尚未届满', 'The request window is still open');
      return result(close(state, 'finalized'), 'finalized', { lapsedOn: window?.due.dueOn });
    }
    case 'withdraw':
      return result(close(state, 'withdrawn'), 'withdrawn', { reason: c.reason });
    case 'urge':
      return result(state, 'urged', { note: c.note, step: state.step, holderOrgId: state.holderOrgId });
    case 'instruct': {
      const deadlines = [...state.deadlines];
      if (c.dueOn) {
        if (compareDates(c.dueOn, ctx.today) <= 0) refuse('instructionDueInPast', '批示办理期限必须晚于今天', 'The due date of an instruction must be after today');
        deadlines.push({ kind: 'instruction', holderOrgId: c.responsibleOrgId ?? state.holderOrgId, due: fixedDue(ctx.today, c.dueOn) });
      }
      return result({ ...state, deadlines }, 'instructed', { text: c.text, responsibleOrgId: c.responsibleOrgId, dueOn: c.dueOn });
    }
    case 'link':
      return result(state, 'linked', { petitionId: c.petitionId, receiptNo: c.receiptNo }, null, false);
    case 'evaluate': {
      if (!state.decision || state.step === 'handling' || pendingDelivery(state)) {
        refuse('nothingToEvaluate', '答复意见送达后才能评价', 'The reply can be rated once it has been delivered');
      }
      if (state.evaluation) refuse('alreadyEvaluated', '已经评价过此答复', 'This reply has already been rated');
      return result({ ...state, evaluation: c.rating }, 'evaluated', { rating: c.rating, comment: c.comment });
    }
  }
}

function close(state: CaseState, outcome: CaseState['outcome']): CaseState {
  // Every clock stops when a case closes, instructions included: nothing is owed on it any more.
  return { ...state, step: 'closed', outcome, deadlines: [] };
}

/** A date set by a person (report-back, instruction) rather than computed from a limit. */
function fixedDue(start: LocalDate, dueOn: LocalDate) {
  return { start, days: 0, unit: 'calendar' as const, nominal: dueOn, dueOn, movedPast: [], provisional: false };
}

/** A decision awaits delivery when its step is a request window that has not started yet. */
export function pendingDelivery(state: CaseState): boolean {
  if (state.step === 'reviewRequest') return !deadline(state, 'reviewRequest');
  if (state.step === 'rereviewRequest') return !deadline(state, 'rereviewRequest');
  return false;
}

function extend(state: CaseState, c: Extract<Command, { type: 'extend' }>, ctx: ProcedureContext): Transition {
  requireStep(state, c, 'handling');
  const handling = deadline(state, 'handling');
  if (state.extended) refuse('alreadyExtended', '办理期限只能延长一次', 'The handling period can be extended only once');
  if (!handling || compareDates(ctx.today, handling.due.dueOn) > 0) {
    refuse('extensionTooLate', `办理期限已于 ${handling?.due.dueOn} 届满，不能再延长`, `Handling was due on ${handling?.due.dueOn}; it can no longer be extended`);
  }
  if (!Number.isInteger(c.days) || c.days < 1 || c.days > ctx.profile.extensionMaxDays) {
    refuse('extensionTooLong', `延长期限为 1 至 ${ctx.profile.extensionMaxDays} 日`, `An extension is 1 to ${ctx.profile.extensionMaxDays} days`);
  }
  if (!c.reason.trim()) refuse('reasonRequired', '延长办理期限必须说明理由', 'An extension needs a reason');
  const h = handling as OpenDeadline;
  const extendedDue = extendDueDate(h.due, c.days, ctx.calendar);
  const deadlines = [...without(state, 'handling'), { ...h, due: extendedDue }];
  return result({ ...state, extended: true, deadlines }, 'extended', { days: c.days, reason: c.reason, previousDueOn: h.due.dueOn, dueOn: extendedDue.dueOn }, 'extensionNotice');
}

function deliver(state: CaseState, c: Extract<Command, { type: 'deliver' }>, ctx: ProcedureContext): Transition {
  if (compareDates(c.deliveredOn, ctx.today) > 0) refuse('deliveryInFuture', '送达日期不能晚于今天', 'The delivery date cannot be in the future');
  const payload = { documentKind: c.documentKind, method: c.method, deliveredOn: c.deliveredOn };
  const opensWindow =
    (state.step === 'reviewRequest' && c.documentKind === 'replyOpinion') || (state.step === 'rereviewRequest' && c.documentKind === 'reviewOpinion');
  if (!opensWindow || !pendingDelivery(state)) return result(state, 'delivered', payload);
  const kind = state.step === 'reviewRequest' ? 'reviewRequest' : 'rereviewRequest';
  const limit = kind === 'reviewRequest' ? ctx.profile.reviewRequest : ctx.profile.rereviewRequest;
  const deadlines = [...state.deadlines, open(kind, state.holderOrgId, c.deliveredOn, limit, ctx)];
  return result({ ...state, deadlines }, 'delivered', payload);
}

function requestReview(state: CaseState, c: Extract<Command, { type: 'requestReview' | 'requestRereview' }>, ctx: ProcedureContext): Transition {
  const isReview = c.type === 'requestReview';
  const windowKind = isReview ? 'reviewRequest' : 'rereviewRequest';
  requireStep(state, c, windowKind);
  const window = deadline(state, windowKind);
  if (!window) refuse('notYetDelivered', '答复意见尚未送达，暂不能申请', 'The decision has not been delivered yet, so it cannot be contested');
  const w = window as OpenDeadline;
  if (compareDates(ctx.today, w.due.dueOn) > 0) {
    refuse('requestWindowClosed', `申请期限已于 ${w.due.dueOn} 届满，原意见已为最终意见`, `The request period ended on ${w.due.dueOn}; the decision is final`, { dueOn: w.due.dueOn });
  }
  if (c.toOrgId === null) refuse('noHigherBody', '没有可受理此申请的上一级机关', 'There is no higher body to take this request');
  const to = c.toOrgId as number;
  const limit = isReview ? ctx.profile.review : ctx.profile.rereview;
  const deadlines = [...without(state, ...stepKinds), open(isReview ? 'review' : 'rereview', to, ctx.today, limit, ctx)];
  const next: CaseState = { ...state, step: isReview ? 'review' : 'rereview', holderOrgId: to, reviewingOrgId: to, deadlines };
  return result(next, isReview ? 'reviewRequested' : 'rereviewRequested', { reason: c.reason, toOrgId: to });
}

const anytime: Command['type'][] = ['urge', 'instruct', 'link', 'withdraw'];
const byStep: Record<Step, Command['type'][]> = {
  triage: ['forward', 'assign', 'accept', 'notAccept', 'notReaccept'],
  acceptance: ['accept', 'notAccept', 'notReaccept', 'object'],
  handling: ['extend', 'reply'],
  reviewRequest: ['deliver', 'requestReview'],
  review: ['review'],
  rereviewRequest: ['deliver', 'requestRereview'],
  rereview: ['rereview'],
  closed: ['link', 'deliver'],
};

/** The commands that the current step allows at all; the procedure still checks each one's details. */
export function availableCommands(state: CaseState, today: LocalDate): Command['type'][] {
  const list = state.step === 'closed' ? [...byStep.closed] : [...byStep[state.step], ...anytime];
  const objection = deadline(state, 'objection');
  const handling = deadline(state, 'handling');
  return list.filter((t) => {
    if (t === 'object') return objection !== undefined && compareDates(today, objection.due.dueOn) <= 0;
    if (t === 'extend') return !state.extended && handling !== undefined && compareDates(today, handling.due.dueOn) <= 0;
    if (t === 'requestReview' || t === 'requestRereview') {
      const window = deadline(state, t === 'requestReview' ? 'reviewRequest' : 'rereviewRequest');
      return window !== undefined && compareDates(today, window.due.dueOn) <= 0;
    }
    return true;
  }).concat(state.decision && !state.evaluation && !pendingDelivery(state) && state.step !== 'handling' ? ['evaluate'] : []);
}

/** Why a command is refused at this step, for callers that must answer before asking `decide`. */
export function unavailableError(state: CaseState, type: Command['type']): AppError {
  if (state.step === 'closed') return new AppError('conflict', 'caseClosed', { zh: '此事项已办结，不能再执行此操作', en: 'This case is closed; the action is no longer possible' });
  const now = stepLabel(state.step);
  return new AppError('conflict', 'illegalTransition', { zh: `当前环节为“${now.zh}”，不能执行此操作`, en: `The case is at the “${now.en}” step; “${type}” is not allowed there` }, { step: state.step, command: type });
}
