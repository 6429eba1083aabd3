import { describe, expect, it } from 'vitest';
import { WorkingCalendar, computeDueDate } from '../calendar/index.ts';
import { AppError } from '../platform/errors.ts';
import { decide, availableCommands, type ProcedureContext } from './procedure.ts';
import { type CaseState, defaultProfile } from './procedure.types.ts';

const calendar = new WorkingCalendar();
const ctxOn = (today: string): ProcedureContext => ({ today, profile: defaultProfile, calendar });
const OFFICE = 1;
const BODY = 2;

export function newCase(today = '2026-09-28', category: CaseState['category'] = 'claim'): CaseState {
  return {
    step: 'triage',
    outcome: null,
    category,
    holderOrgId: OFFICE,
    routingOrgId: OFFICE,
    replyingOrgId: null,
    reviewingOrgId: null,
    extended: false,
    decision: null,
    reviewResult: null,
    evaluation: null,
    deadlines: [{ kind: 'triage', holderOrgId: OFFICE, due: computeDueDate(today, defaultProfile.triage, calendar) }],
  };
}

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('the procedure', () => {
  it('forwards from triage to the competent body with acceptance and objection periods', () => {
    const t = decide(newCase(), { type: 'forward', toOrgId: BODY, toOrgIsRespondent: false }, ctxOn('2026-09-29'));
    expect(t.event.type).toBe('forwarded');
    expect(t.state.step).toBe('acceptance');
    expect(t.state.holderOrgId).toBe(BODY);
    expect(t.state.routingOrgId).toBe(OFFICE);
    expect(t.document).toBe('forwardNotice');
    const kinds = t.state.deadlines.map((d) => d.kind).sort();
    expect(kinds).toEqual(['acceptance', 'objection']);
    // 5 working days after 2026-09-29 cross the National Day holiday (Oct 1–7).
    expect(t.state.deadlines.find((d) => d.kind === 'objection')?.due.dueOn).toBe('2026-10-12');
  });

  it('refuses to route an accusation to the organisation it accuses', () => {
    expect(refusal(() => decide(newCase('2026-09-28', 'accusation'), { type: 'forward', toOrgId: BODY, toOrgIsRespondent: true }, ctxOn('2026-09-29')))).toBe('routedToRespondent');
  });

  it('accepts an objection only within the objection period and sends the case back to the office', () => {
    const forwarded = decide(newCase(), { type: 'forward', toOrgId: BODY, toOrgIsRespondent: false }, ctxOn('2026-09-29')).state;
    const back = decide(forwarded, { type: 'object', reason: '不属于本机关职责' }, ctxOn('2026-10-12'));
    expect(back.state.step).toBe('triage');
    expect(back.state.holderOrgId).toBe(OFFICE);
    expect(refusal(() => decide(forwarded, { type: 'object', reason: 'late' }, ctxOn('2026-10-13')))).toBe('objectionWindowClosed');
  });

  it('extends handling once, before it falls due, by at most the profile limit', () => {
    const accepted = decide(newCase(), { type: 'accept' }, ctxOn('2026-09-28')).state;
    const due = accepted.deadlines.find((d) => d.kind === 'handling')?.due.dueOn;
    expect(due).toBe('2026-11-27');
    expect(refusal(() => decide(accepted, { type: 'extend', days: 31, reason: '情况复杂' }, ctxOn('2026-10-01')))).toBe('extensionTooLong');
    expect(refusal(() => decide(accepted, { type: 'extend', days: 10, reason: ' ' }, ctxOn('2026-10-01')))).toBe('reasonRequired');
    expect(refusal(() => decide(accepted, { type: 'extend', days: 10, reason: '情况复杂' }, ctxOn('2026-11-28')))).toBe('extensionTooLate');
    const extended = decide(accepted, { type: 'extend', days: 30, reason: '需要现场勘查' }, ctxOn('2026-11-20'));
    expect(extended.state.deadlines.find((d) => d.kind === 'handling')?.due.dueOn).toBe('2026-12-28');
    expect(refusal(() => decide(extended.state, { type: 'extend', days: 5, reason: '再延' }, ctxOn('2026-11-21')))).toBe('alreadyExtended');
  });

  it('opens the review window on delivery and refuses a late review request', () => {
    const accepted = decide(newCase(), { type: 'accept' }, ctxOn('2026-09-28')).state;
    const replied = decide(accepted, { type: 'reply', decision: 'explain', opinion: '已解释' }, ctxOn('2026-10-20')).state;
    expect(replied.step).toBe('reviewRequest');
    expect(refusal(() => decide(replied, { type: 'requestReview', reason: '不服', toOrgId: 9 }, ctxOn('2026-10-21')))).toBe('notYetDelivered');
    const delivered = decide(replied, { type: 'deliver', documentKind: 'replyOpinion', method: 'post', deliveredOn: '2026-10-22' }, ctxOn('2026-10-23')).state;
    const window = delivered.deadlines.find((d) => d.kind === 'reviewRequest');
    expect(window?.due.dueOn).toBe('2026-11-23'); // 30 days → Sat 11-21, rolled to Monday
    expect(refusal(() => decide(delivered, { type: 'requestReview', reason: '不服', toOrgId: 9 }, ctxOn('2026-11-24')))).toBe('requestWindowClosed');
    const review = decide(delivered, { type: 'requestReview', reason: '不服', toOrgId: 9 }, ctxOn('2026-11-23'));
    expect(review.state.step).toBe('review');
    expect(review.state.holderOrgId).toBe(9);
  });

  it('finalizes a lapsed window but not an open one', () => {
    const accepted = decide(newCase(), { type: 'accept' }, ctxOn('2026-09-28')).state;
    const replied = decide(accepted, { type: 'reply', decision: 'support', opinion: '支持' }, ctxOn('2026-10-20')).state;
    const delivered = decide(replied, { type: 'deliver', documentKind: 'replyOpinion', method: 'online', deliveredOn: '2026-10-20' }, ctxOn('2026-10-20')).state;
    expect(refusal(() => decide(delivered, { type: 'finalize' }, ctxOn('2026-11-19')))).toBe('windowStillOpen');
    const final = decide(delivered, { type: 'finalize' }, ctxOn('2026-11-20'));
    expect(final.state).toMatchObject({ step: 'closed', outcome: 'finalized' });
    expect(final.state.deadlines).toEqual([]);
  });

  it('lets the petitioner rate a delivered reply once', () => {
    const accepted = decide(newCase(), { type: 'accept' }, ctxOn('2026-09-28')).state;
    expect(refusal(() => decide(accepted, { type: 'evaluate', rating: 'satisfied', comment: '' }, ctxOn('2026-10-01')))).toBe('nothingToEvaluate');
    const replied = decide(accepted, { type: 'reply', decision: 'support', opinion: '支持' }, ctxOn('2026-10-20')).state;
    const delivered = decide(replied, { type: 'deliver', documentKind: 'replyOpinion', method: 'online', deliveredOn: '2026-10-20' }, ctxOn('2026-10-20')).state;
    expect(availableCommands(delivered, '2026-10-21')).toContain('evaluate');
    const rated = decide(delivered, { type: 'evaluate', rating: 'basicallySatisfied', comment: '' }, ctxOn('2026-10-21')).state;
    expect(refusal(() => decide(rated, { type: 'evaluate', rating: 'satisfied', comment: '' }, ctxOn('2026-10-22')))).toBe('alreadyEvaluated');
  });

  it('refuses everything but linking, rating and delivery on a closed case', () => {
    const closed = decide(newCase(), { type: 'notAccept', reason: '属于诉讼', route: 'litigation' }, ctxOn('2026-09-29')).state;
    expect(closed).toMatchObject({ step: 'closed', outcome: 'notAccepted' });
    expect(refusal(() => decide(closed, { type: 'accept' }, ctxOn('2026-09-30')))).toBe('caseClosed');
    expect(refusal(() => decide(closed, { type: 'urge', note: 'x' }, ctxOn('2026-09-30')))).toBe('caseClosed');
    expect(decide(closed, { type: 'link', petitionId: 5, receiptNo: 'XF1' }, ctxOn('2026-09-30')).event.type).toBe('linked');
  });
});
