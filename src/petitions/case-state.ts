import type { DeadlineRow, PetitionRow } from './petition.repository.ts';
import { toOpenDeadline } from './petition.repository.ts';
import type { CaseState, Category, DeadlineKind, Decision, Outcome, Rating, ReviewResult, Step } from './procedure.types.ts';

// The mapping between a stored case and the procedure's view of it, both ways.
export function caseStateOf(row: PetitionRow, deadlines: DeadlineRow[]): CaseState {
  return {
    step: row.step as Step,
    outcome: row.outcome as Outcome | null,
    category: row.category as Category,
    holderOrgId: Number(row.holder_org_id),
    routingOrgId: Number(row.routing_org_id),
    replyingOrgId: row.replying_org_id === null ? null : Number(row.replying_org_id),
    reviewingOrgId: row.reviewing_org_id === null ? null : Number(row.reviewing_org_id),
    extended: row.extended === 1,
    decision: row.decision as Decision | null,
    reviewResult: row.review_result as ReviewResult | null,
    evaluation: row.evaluation as Rating | null,
    deadlines: deadlines.filter((d) => d.closed_at === null).map(toOpenDeadline),
  };
}

/** The holder's own clock: what the inbox sorts by and what turns a case overdue. */
const holderKinds: DeadlineKind[] = ['triage', 'acceptance', 'handling', 'review', 'rereview', 'reviewRequest', 'rereviewRequest'];

export function currentDueOn(state: CaseState): string | null {
  const dues = state.deadlines.filter((d) => holderKinds.includes(d.kind)).map((d) => d.due.dueOn);
  return dues.length === 0 ? null : dues.reduce((a, b) => (a < b ? a : b));
}

export function columnsOf(state: CaseState) {
  return {
    step: state.step,
    outcome: state.outcome,
    holder_org_id: state.holderOrgId,
    routing_org_id: state.routingOrgId,
    replying_org_id: state.replyingOrgId,
    reviewing_org_id: state.reviewingOrgId,
    extended: state.extended ? 1 : 0,
    decision: state.decision,
    review_result: state.reviewResult,
    evaluation: state.evaluation,
    due_on: currentDueOn(state),
  };
}
