/**
 * Plays a demo petition's plan through the procedure, one step after the other, with plausible
 * delays, the actor each action needs under the policy, and nothing after now. Every transition
 * goes through `decide`, so states, deadlines and events are consistent by construction.
 */
import { type LocalDate, daysBetween, toDayNumber } from '../calendar/index.ts';
import { dateOf, dayOf, startOfDay } from './demo-clock.ts';
import { WalkBase } from './demo-walk-base.ts';
import * as say from './demo-wording.ts';

export type { WalkSetup } from './demo-walk-base.ts';

export class DemoWalk extends WalkBase {
  run(): void {
    this.triage();
    this.w.rec.deliverUntil(this.w.now);
  }

  private triage(): void {
    const { plan, rng, prior } = this.w;
    const slow = plan.slow.includes('triage');
    if (plan.triage === 'notReaccept' && prior) {
      const at = this.next(0);
      if (at === null) return;
      this.act(at, this.staff(['clerk']), { type: 'link', petitionId: prior.id, receiptNo: prior.receiptNo });
    }
    if (plan.hold === 'triage') return this.side(this.w.now);
    if (plan.withdrawAt === 'triage') return this.withdraw();
    let at = this.next(slow ? this.days(16, 24) : this.days(0, 6));
    if (at === null) return;
    const triageBy = this.staff(['clerk', 'approver']);
    if (plan.triage === 'notAccept') return this.act(at, triageBy, { type: 'notAccept', reason: say.notAcceptReason(this.w.notAcceptRoute ?? 'other'), route: this.w.notAcceptRoute ?? 'other' });
    if (plan.triage === 'notReaccept') return this.act(at, triageBy, { type: 'notReaccept', reason: say.notReacceptReason(rng, prior !== null), priorReceiptNo: prior?.receiptNo });
    if (plan.triage === 'accept') {
      this.act(at, triageBy, { type: 'accept' });
      return this.handling(at);
    }
    if (plan.misroute && this.w.wrongIds.length > 0) {
      const wrong = rng.pick(this.w.wrongIds);
      this.route(at, wrong, false);
      const window = this.state.deadlines.find((d) => d.kind === 'objection')?.due.dueOn as LocalDate;
      at = this.next(rng.int(1, Math.max(1, daysBetween(dateOf(at), window) - 1)));
      if (at === null) return;
      this.act(at, this.staff(['handler', 'approver']), { type: 'object', reason: say.objectionReason(rng, this.w.dir.get(this.w.competentId).name) });
      at = this.next(rng.int(1, 3));
      if (at === null) return;
    }
    this.route(at, this.w.competentId, plan.assign);
    this.acceptance();
  }

  private acceptance(): void {
    const { plan, rng } = this.w;
    if (plan.hold === 'acceptance') return this.side(this.w.now);
    if (plan.withdrawAt === 'acceptance') return this.withdraw();
    const at = this.next(plan.slow.includes('acceptance') ? this.days(16, 25) : this.days(1, 10));
    if (at === null) return;
    const by = this.staff(['approver']);
    const route = this.w.notAcceptRoute ?? 'other';
    if (plan.acceptance === 'notAccept') return this.act(at, by, { type: 'notAccept', reason: say.notAcceptReason(route), route });
    if (plan.acceptance === 'notReaccept') return this.act(at, by, { type: 'notReaccept', reason: say.notReacceptReason(rng, false) });
    this.act(at, by, { type: 'accept' });
    this.handling(at);
  }

  private handling(acceptedAt: number): void {
    const { plan, rng } = this.w;
    const acceptedDay = dayOf(acceptedAt);
    const dueDay = () => toDayNumber(this.state.deadlines.find((d) => d.kind === 'handling')?.due.dueOn as LocalDate);
    if (plan.extend) {
      const at = this.next(rng.int(Math.max(1, dueDay() - acceptedDay - 20), dueDay() - acceptedDay - 2));
      if (at === null) return;
      this.act(at, this.staff(['approver']), { type: 'extend', days: rng.int(15, 30), reason: say.extensionReason(rng) });
    }
    if (plan.hold === 'handling') return this.side(this.w.now);
    if (plan.withdrawAt === 'handling') return this.withdraw();
    const span = dueDay() - acceptedDay;
    const target = acceptedDay + (plan.slow.includes('handling') ? rng.int(span + 3, span + 40) : this.days(Math.min(15, span - 1), span - 1));
    // After an extension the reply comes later still: that is what the extension was for.
    const at = this.next(Math.max(plan.extend ? rng.int(3, 10) : 0, target - dayOf(this.w.clock.t)));
    if (at === null) return;
    this.act(at, this.staff(['approver']), { type: 'reply', decision: plan.decision, opinion: say.replyOpinion(rng, plan.decision, this.w.request) });
    this.requestWindow('review');
  }

  /** After a reply or review opinion: its delivery opens the window for the petitioner's request. */
  private requestWindow(level: 'review' | 'rereview'): void {
    const { plan, rng, rec, dir, clock } = this.w;
    const doc = rec.documents.length - 1;
    if (!rec.isDelivered(doc)) {
      const post = rec.pending(doc);
      const at = post ? clock.at(post.at) : null;
      if (post === undefined || at === null) return this.side(this.w.now);
      rec.deliver(doc, at);
    }
    if (level === 'review' && plan.rating) {
      const at = this.next(this.days(1, 12), true);
      if (at === null) return;
      this.act(at, this.petitioner(), { type: 'evaluate', rating: plan.rating, comment: say.evaluationComment(rng, plan.rating) });
    }
    const step = level === 'review' ? 'reviewRequest' : 'rereviewRequest';
    const window = this.state.deadlines.find((d) => d.kind === step)?.due as { start: string; dueOn: string };
    // A showcase waits in an open window only; a lapsed one the sweep would have finalized.
    if (plan.hold === step && window.dueOn >= dateOf(this.w.now)) return;
    if (plan.withdrawAt === step) return this.withdraw();
    const decidedBy = level === 'review' ? this.state.replyingOrgId : this.state.reviewingOrgId;
    const body = decidedBy === null ? undefined : dir.parentOf(decidedBy);
    if ((level === 'review' ? plan.review : plan.rereview) && body) {
      const at = this.next(toDayNumber(window.start) + this.days(2, Math.max(2, daysBetween(window.start, window.dueOn) - 4)) - dayOf(clock.t), true);
      if (at === null) return;
      const type = level === 'review' ? 'requestReview' : 'requestRereview';
      this.act(at, this.petitioner(), { type, reason: say.requestReason(rng, level), toOrgId: body.id });
      return this.review(level);
    }
    // The server's sweep finalizes a lapsed window in the small hours after its last day.
    const at = clock.exact(startOfDay(toDayNumber(window.dueOn) + 1) + rng.int(60, 200) * 60_000);
    if (at !== null) this.act(at, { kind: 'system' }, { type: 'finalize' });
  }

  private review(level: 'review' | 'rereview'): void {
    const { plan, rng } = this.w;
    if (plan.hold === level) return this.side(this.w.now);
    const at = this.next(plan.slow.includes(level) ? this.days(32, 50) : this.days(8, 28));
    if (at === null) return;
    const result = level === 'review' ? plan.reviewResult : plan.rereviewResult;
    this.act(at, this.staff(['approver']), { type: level, result, opinion: say.reviewOpinion(rng, result, level) });
    if (level === 'review') this.requestWindow('rereview');
  }
}
