/**
 * One demo case as act-on-petition would have written it, action by action: `decide` gives the
 * event and the next state; documents are issued and (online) delivered in the same action;
 * deadlines change exactly as syncDeadlines changes them; the version counts the actions.
 * Keep this in step with act-on-petition.ts, issue-document.ts and syncDeadlines.
 */
import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import type { NewEvent } from '../audit/event-log.ts';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { DeadlineTable, DocumentTable } from '../platform/database/schema.ts';
import { renderDocument } from '../petitions/documents.ts';
import { decide, type ProcedureContext } from '../petitions/procedure.ts';
import type { CaseState, Command, DocumentKind, OpenDeadline, ProcedureProfile } from '../petitions/procedure.types.ts';
import { DAY_MS, dateOf, dayOf, officeTime } from './demo-clock.ts';
import type { ActingUser, DemoDirectory } from './demo-directory.ts';
import type { Random } from './random.ts';

export type Performer = { kind: 'staff'; user: ActingUser } | { kind: 'petitioner' } | { kind: 'system' };
type Tracked = OpenDeadline & { id?: number };
type Draft<T> = Omit<Insertable<T>, 'petition_id' | 'id'>;
interface Post { doc: number; at: number; deliveredOn: string }

export interface RecorderSetup {
  dir: DemoDirectory;
  rng: Random;
  profile: ProcedureProfile;
  calendar: WorkingCalendar;
  /** What the documents quote about the petition. */
  receiptNo: string; registeredOn: string; title: string;
  /** Online petitioners read documents on the portal: delivered at once. */
  online: boolean;
  /** Whether paper documents can reach the petitioner at all (not for an anonymous letter). */
  reachable: boolean;
}

export class CaseRecorder {
  readonly events: Omit<NewEvent, 'petitionId'>[] = [];
  readonly documents: Draft<DocumentTable>[] = [];
  readonly deadlines: Draft<DeadlineTable>[] = [];
  version = 1;
  updatedAt: string;
  /** updatedAt as an instant (ms), for the walker. */
  updatedMs: number;
  private posts: Post[] = [];

  constructor(private readonly s: RecorderSetup, public state: CaseState, registeredAt: string) {
    this.updatedAt = registeredAt;
    this.updatedMs = Date.parse(registeredAt);
    this.state = { ...state, deadlines: this.sync([], state.deadlines, registeredAt, s.registeredOn) };
  }

  /** One call of actOnPetition at `at`; post deliveries due before it are recorded first. */
  act(at: number, performer: Performer, command: Command): void {
    this.deliverUntil(at);
    this.apply(at, performer, command);
  }

  /** A paper document's delivery still to be recorded; undefined once recorded, or if it never can be. */
  pending(doc: number): Post | undefined {
    return this.posts.find((p) => p.doc === doc);
  }

  isDelivered = (doc: number): boolean => this.documents[doc]?.delivered_at != null;

  /** Records the delivery of `doc` at `at` (earlier if the cursor squeezed it), after any due before. */
  deliver(doc: number, at: number): void {
    const post = this.pending(doc);
    if (!post) return;
    post.at = Math.min(post.at, at);
    if (dateOf(post.at) < post.deliveredOn) post.deliveredOn = dateOf(post.at);
    this.deliverUntil(post.at);
  }

  deliverUntil(until: number): void {
    this.posts.sort((a, b) => a.at - b.at);
    while (this.posts.length > 0 && (this.posts[0] as Post).at <= until) {
      const post = this.posts.shift() as Post;
      const user = this.s.dir.actor(this.state.holderOrgId, ['clerk', 'handler', 'approver'], this.s.rng);
      if (!user) throw new Error(`nobody may record deliveries for organisation ${this.state.holderOrgId}`);
      const kind = this.documents[post.doc]?.kind as DocumentKind;
      this.apply(post.at, { kind: 'staff', user }, { type: 'deliver', documentKind: kind, method: 'post', deliveredOn: post.deliveredOn }, post.doc);
    }
  }

  private apply(at: number, performer: Performer, command: Command, deliveredDoc?: number): void {
    const iso = new Date(at).toISOString();
    const today = dateOf(at);
    const pctx: ProcedureContext = { today, profile: this.s.profile, calendar: this.s.calendar };
    const before = this.state;
    const transition = decide(before, command, pctx);
    const actor = performer.kind === 'staff'
      ? { actorKind: 'staff' as const, actorUserId: performer.user.userId, actorOrgId: performer.user.orgId, occurredAt: iso }
      : { actorKind: performer.kind, actorUserId: null, actorOrgId: null, occurredAt: iso };
    // Straight into this.events: nothing else adds events until this action is recorded.
    const { events } = this;
    events.push({ ...actor, ...transition.event });
    let state = transition.state;
    if (deliveredDoc !== undefined && command.type === 'deliver') {
      Object.assign(this.documents[deliveredDoc] as object, { delivered_at: iso, delivered_on: String(transition.event.payload.deliveredOn), delivery_method: command.method });
    }
    if (transition.document) {
      const doc = this.issue(state, transition.document, transition.event.payload, iso, today);
      events.push({ ...actor, type: 'documentIssued', payload: { documentId: doc, kind: transition.document, title: this.documents[doc]?.title }, public: true });
      if (this.s.online) {
        const delivered = decide(state, { type: 'deliver', documentKind: transition.document, method: 'online', deliveredOn: today }, pctx);
        state = delivered.state;
        Object.assign(this.documents[doc] as object, { delivered_at: iso, delivered_on: today, delivery_method: 'online' });
        events.push({ ...actor, actorKind: 'system', actorUserId: null, actorOrgId: null, ...delivered.event, payload: { ...delivered.event.payload, documentId: doc } });
      } else if (this.s.reachable) {
        // By post: it arrives two to five days later; the office records the receipt when it is back.
        const days = this.s.rng.int(2, 5);
        this.posts.push({ doc, at: officeTime(dayOf(at) + days + this.s.rng.int(0, 1), this.s.rng, this.s.calendar), deliveredOn: dateOf(at + days * DAY_MS) });
      }
    }
    this.state = { ...state, deadlines: this.sync(before.deadlines, state.deadlines, iso, today) };
    this.version += 1;
    this.updatedAt = iso;
    this.updatedMs = Math.trunc(at); // as new Date(at) keeps it
  }

  /** issueDocument: the notice rendered from the same facts, its SHA-256, undelivered. */
  private issue(state: CaseState, kind: DocumentKind, payload: Record<string, unknown>, iso: string, today: string): number {
    const { dir, profile } = this.s;
    const issuer = dir.get(kind === 'forwardNotice' ? state.routingOrgId : state.holderOrgId);
    const target = payload.toOrgId === undefined ? undefined : dir.get(Number(payload.toOrgId));
    const upper = issuer.parentId === null ? undefined : dir.get(issuer.parentId);
    const handling = state.deadlines.find((d) => d.kind === 'handling');
    const { title, body } = renderDocument(kind, {
      receiptNo: this.s.receiptNo, registeredOn: this.s.registeredOn, petitionTitle: this.s.title, issuer: issuer.name, issuedOn: today, payload,
      targetOrgName: target?.name, dueOn: handling?.due.dueOn, reviewBody: upper?.name,
      windowDays: kind === 'reviewOpinion' ? profile.rereviewRequest.days : profile.reviewRequest.days,
    });
    const sha256 = crypto.createHash('sha256').update(body, 'utf8').digest('hex');
    this.documents.push({ kind, title, body, sha256, issued_at: iso, issued_by_org_id: issuer.id, delivered_at: null, delivered_on: null, delivery_method: null });
    return this.documents.length - 1;
  }

  /** syncDeadlines on rows in memory: a deadline's id is its position + 1. Returns the open ones with ids. */
  private sync(before: Tracked[], after: Tracked[], closedAt: string, today: string): Tracked[] {
    // Plain loops: this runs after every action, and the lists hold a handful of deadlines.
    for (const old of before) {
      if (old.id === undefined || after.some((d) => d.id === old.id)) continue;
      Object.assign(this.deadlines[old.id - 1] as object, { closed_at: closedAt, met: today <= old.due.dueOn ? 1 : 0 });
    }
    const out: Tracked[] = new Array(after.length);
    for (let k = 0; k < after.length; k++) {
      const d = after[k] as Tracked;
      let prior: Tracked | undefined;
      if (d.id !== undefined) {
        for (const b of before) {
          if (b.id === d.id) {
            prior = b;
            break;
          }
        }
      }
      if (prior && (prior.due === d.due || (prior.due.dueOn === d.due.dueOn && prior.due.provisional === d.due.provisional))) {
        out[k] = d;
        continue;
      }
      const values = { due_on: d.due.dueOn, explanation: JSON.stringify(d.due), provisional: d.due.provisional ? 1 : 0 };
      if (d.id !== undefined) {
        Object.assign(this.deadlines[d.id - 1] as object, values);
        out[k] = d;
        continue;
      }
      this.deadlines.push({ kind: d.kind, holder_org_id: d.holderOrgId, start_on: d.due.start, closed_at: null, met: null, ...values });
      out[k] = { ...d, id: this.deadlines.length };
    }
    return out;
  }
}
