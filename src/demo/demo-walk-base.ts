/**
 * What every step of the demo walk needs: who may act under the policy, when the next action
 * falls, and what happens while a case waits — a supervisor urging an overdue step, a leader's
 * instruction.
 */
import type { Role } from '../accounts/actor.ts';
import { type WorkingCalendar, addDays, toDayNumber } from '../calendar/index.ts';
import type { Category, Command, NotAcceptRoute, Step } from '../petitions/procedure.types.ts';
import { type CaseClock, dateOf, dayOf, officeTime } from './demo-clock.ts';
import type { DemoDirectory } from './demo-directory.ts';
import type { Plan } from './demo-plan.ts';
import type { CaseRecorder, Performer } from './demo-recorder.ts';
import * as say from './demo-wording.ts';
import type { Random } from './random.ts';

export interface WalkSetup {
  dir: DemoDirectory;
  rng: Random;
  calendar: WorkingCalendar;
  plan: Plan;
  rec: CaseRecorder;
  clock: CaseClock;
  now: number;
  category: Category;
  online: boolean;
  competentId: number;
  /** Bodies a misrouted case may first be sent to (departments, never inside the respondent). */
  wrongIds: number[];
  respondentId: number | null;
  notAcceptRoute: NotAcceptRoute | undefined;
  request: string;
  /** The earlier petition this one repeats, when the plan refuses it as such. */
  prior: { receiptNo: string; id: number } | null;
}

const holderClocks: Step[] = ['triage', 'acceptance', 'handling', 'review', 'rereview'];

export abstract class WalkBase {
  protected readonly done = new Set<string>();

  constructor(protected readonly w: WalkSetup) {}

  protected get state() {
    return this.w.rec.state;
  }

  protected staff(roles: Role[], orgId = this.state.holderOrgId): Performer {
    const user = this.w.dir.actor(orgId, roles, this.w.rng);
    if (!user) throw new Error(`no ${roles.join('/')} may act for organisation ${orgId}`);
    return { kind: 'staff', user };
  }

  /** The petitioner on the portal, or the holder's clerk writing down a letter or a call. */
  protected petitioner(): Performer {
    return this.w.online ? { kind: 'petitioner' } : this.staff(['clerk']);
  }

  /** The next action `days` on (or null: not by now), after any urging or instruction due before it. */
  protected next(days: number, byPetitioner = false): number | null {
    const at = byPetitioner && this.w.online ? this.w.clock.portal(Math.max(0, days)) : this.w.clock.staff(Math.max(0, days));
    this.side(at ?? this.w.now);
    return at;
  }

  /** A delay in days; a showcase on its way to the step it shows goes briskly. */
  protected days(lo: number, hi: number): number {
    return this.w.rng.int(lo, this.w.plan.hold === null ? hi : lo + Math.floor((hi - lo) / 3));
  }

  protected act(at: number, who: Performer, command: Command): void {
    this.w.rec.act(at, who, command);
  }

  /** Supervisors press a step once it is overdue; a leader may instruct during handling. */
  protected side(until: number): void {
    const { plan, rng, calendar, rec } = this.w;
    const step = this.state.step;
    const due = this.state.deadlines.find((d) => d.kind === step && holderClocks.includes(step))?.due.dueOn;
    const last = rec.updatedMs;
    if (plan.instruct && step === 'handling' && !this.done.has('instruct')) {
      const at = officeTime(dayOf(last) + rng.int(2, 12), rng, calendar);
      if (at < until && at <= this.w.now) {
        this.done.add('instruct');
        const dueOn = rng.chance(0.3) ? addDays(dateOf(at), rng.int(15, 30)) : null;
        const holder = this.w.dir.get(this.state.holderOrgId);
        this.act(at, this.staff(['leader']), { type: 'instruct', text: say.instruction(rng, holder.name, dueOn), responsibleOrgId: rng.chance(0.5) ? holder.id : null, dueOn });
      }
    }
    if (plan.urge && due !== undefined && !this.done.has(`urge:${step}`)) {
      const at = Math.max(officeTime(toDayNumber(due) + rng.int(1, 4), rng, calendar), rec.updatedMs + 60_000);
      if (at < until && at <= this.w.now) {
        this.done.add(`urge:${step}`);
        this.act(at, this.staff(['supervisor']), { type: 'urge', note: say.urgeNote(rng, true) });
      }
    }
  }

  protected withdraw(): void {
    const at = this.next(this.w.rng.int(1, 10), true);
    if (at !== null) this.act(at, this.w.online ? { kind: 'petitioner' } : this.staff(['clerk', 'handler']), { type: 'withdraw', reason: say.withdrawalReason(this.w.rng) });
  }

  protected route(at: number, toOrgId: number, assign: boolean): void {
    const { dir, rng, respondentId, category } = this.w;
    const toOrgIsRespondent = category === 'accusation' && respondentId !== null && dir.within(toOrgId, respondentId);
    const command: Command = assign
      ? { type: 'assign', toOrgId, toOrgIsRespondent, reportBackOn: addDays(dateOf(at), rng.int(30, 60)) }
      : { type: 'forward', toOrgId, toOrgIsRespondent };
    this.act(at, this.staff(['clerk']), command);
  }
}
