// The rules of verification, pure: fed the stored events in id order, it recomputes every hash and
// follows both chains, remembering only the last link and the pending break — memory stays flat
// however many millions of events go through.
import type { Selectable } from 'kysely';
import type { EventTable } from '../platform/database/schema.ts';
import type { GlobalHead } from './chain-link.ts';
import { type EventContent, GENESIS_HASH, eventHash, globalHash } from './event-hash.ts';

export type ProblemKind = 'altered' | 'inserted' | 'removed' | 'reordered' | 'headMismatch';

export interface ChainProblem {
  eventId: number | null;
  petitionId: number | null;
  kind: ProblemKind;
  message: string;
}

/** A stored event with the event one position before it in its petition (by seq), if any. */
export type CheckedRow = Selectable<EventTable> & { pred_id: number | null; pred_hash: string | null };

interface Link {
  id: number;
  hash: string;
  petitionId: number | null;
}

// Events already reported (altered, reordered) are not blamed again for the broken links around them.
const SUSPECT_LIMIT = 100_000;
// How far a reordered event's recorded position is searched for, when its hash does not match.
const SEQ_SEARCH = 64;
const MAX_SEQ_TRIED = 1024;

export class ChainChecker {
  readonly problems: ChainProblem[] = [];
  omitted = 0;
  checked = 0;
  private last: Link = { id: 0, hash: GENESIS_HASH, petitionId: null };
  private previous: Link = this.last;
  private pending: { before: Link; row: Link } | null = null;
  private readonly suspects = new Set<number>();
  /** Link problems that depend on an event not reached yet, keyed by that event's id. */
  private readonly waiting = new Map<number, ChainProblem>();

  constructor(private readonly maxProblems = 1000) {}

  check(row: CheckedRow): void {
    this.checked++;
    this.checkContent(row);
    this.checkPetitionLink(row);
    this.checkGlobalLink(row);
    const waiting = this.waiting.get(row.id);
    if (waiting) {
      this.waiting.delete(row.id);
      if (!this.suspects.has(row.id)) this.report(waiting.eventId, waiting.petitionId, waiting.kind, waiting.message);
    }
  }

  /**
   * After the last row: settles a break left open and compares the chain's end with chain_head.
   * `headGlobalHash` is the stored global hash of the event the head names (undefined if no such
   * row); `beyond` are the events with larger ids than the head.
   */
  finish(head: GlobalHead, headGlobalHash: string | undefined, beyond: { id: number; petition_id: number }[]): void {
    const pending = this.pending;
    this.pending = null;
    // A last event that breaks the chain right after the head is reported below, as beyond it.
    if (pending && !(pending.before.id === head.lastEventId && pending.row.id > head.lastEventId)) {
      this.removedBetween(pending.before, pending.row);
      this.last = pending.row;
    }
    const H = head.lastEventId;
    if (H === 0 && head.lastHash !== GENESIS_HASH) {
      this.report(null, null, 'headMismatch', `the chain head records no event but a hash ${head.lastHash}: it was rewritten`);
    } else if (H !== 0 && headGlobalHash === undefined) {
      const lastText = this.last.id === 0 ? 'there are no events left' : `the last event is ${this.last.id}`;
      this.report(H, null, 'headMismatch', `the chain head records event ${H}, which no longer exists (${lastText}): the events at the end of the log were removed`);
    } else if (H !== 0 && headGlobalHash !== head.lastHash) {
      this.report(H, null, 'headMismatch', `event ${H} does not carry the global hash recorded in the chain head: the chain was rewritten`);
    }
    for (const b of beyond) {
      this.report(b.id, b.petition_id, 'inserted', `event ${b.id} (petition ${b.petition_id}) comes after the recorded chain head (event ${H}): it was added outside the application`);
    }
  }

  private checkContent(row: CheckedRow): void {
    const p = row.petition_id;
    const content: EventContent = {
      petitionId: p, seq: row.seq, type: row.type, actorKind: row.actor_kind, actorUserId: row.actor_user_id,
      actorOrgId: row.actor_org_id, occurredAt: row.occurred_at, payload: null, public: row.public === 1,
    };
    if ((row.public !== 0 && row.public !== 1) || eventHash(row.prev_hash, content, row.payload) !== row.hash) {
      // The search costs up to a thousand hashes: only spent on problems that will be listed.
      const listed = this.problems.length < this.maxProblems && (row.public === 0 || row.public === 1);
      const recorded = listed ? this.recordedSeq(row, content) : null;
      if (recorded === null) this.report(row.id, p, 'altered', `event ${row.id} (petition ${p}, position ${row.seq}, ${row.type}) no longer matches its hash: its content was changed`);
      else this.report(row.id, p, 'reordered', `event ${row.id} of petition ${p} is at position ${row.seq} but was recorded at position ${recorded}`);
    } else if (globalHash(row.global_prev_hash, row.hash, row.id) !== row.global_hash) {
      this.report(row.id, p, 'altered', `event ${row.id} (petition ${p}) does not match its global-chain hash: its hash, id or link was rewritten`);
    } else return;
    if (this.suspects.size < SUSPECT_LIMIT) this.suspects.add(row.id);
  }

  // If the content matches at another position, only the seq was changed: a reordering.
  private recordedSeq(row: CheckedRow, content: EventContent): number | null {
    for (let seq = 1; seq <= Math.min(row.seq + SEQ_SEARCH, MAX_SEQ_TRIED); seq++) {
      if (seq !== row.seq && eventHash(row.prev_hash, { ...content, seq }, row.payload) === row.hash) return seq;
    }
    return null;
  }

  private checkPetitionLink(row: CheckedRow): void {
    if (this.suspects.has(row.id) || (row.pred_id !== null && this.suspects.has(row.pred_id))) return;
    const { id, petition_id: p, seq } = row;
    if (seq === 1) {
      if (row.prev_hash !== GENESIS_HASH) this.report(id, p, 'inserted', `petition ${p}: event ${id} claims to open the history but links to an earlier event`);
    } else if (row.pred_id === null) {
      this.report(id, p, 'removed', `petition ${p}: the event at position ${seq - 1}, before event ${id} (position ${seq}), is missing: it was removed`);
    } else if (row.pred_id > id) {
      // The event now in front was written later. If that event turns out to be moved itself
      // (its own hash says so), it is the one to name; this one is only standing behind it.
      const message = `petition ${p}: event ${id} (position ${seq}) was recorded before event ${row.pred_id} (position ${seq - 1})`;
      if (this.waiting.size < SUSPECT_LIMIT) this.waiting.set(row.pred_id, { eventId: id, petitionId: p, kind: 'reordered', message });
    } else if (row.prev_hash !== row.pred_hash) {
      this.report(id, p, 'inserted', `petition ${p}: event ${id} (position ${seq}) does not follow event ${row.pred_id} (position ${seq - 1}): one of them was inserted or replaced`);
    }
  }

  // A break is told apart by where the chain picks up again. The next row continuing from the
  // event before the break (one event of lookahead), or this row continuing from the event before
  // the last one, means a row was slipped in; otherwise rows were taken out.
  private checkGlobalLink(row: CheckedRow): void {
    const link: Link = { id: row.id, hash: row.global_hash, petitionId: row.petition_id };
    if (this.pending) {
      const { before, row: odd } = this.pending;
      this.pending = null;
      if (row.global_prev_hash === before.hash) {
        this.slippedIn(odd, before, row.id);
      } else {
        this.removedBetween(before, odd);
        [this.previous, this.last] = [before, odd];
      }
    }
    if (row.global_prev_hash === this.last.hash) {
      [this.previous, this.last] = [this.last, link];
    } else if (this.last.id !== 0 && row.global_prev_hash === this.previous.hash) {
      this.slippedIn(this.last, this.previous, row.id);
      this.last = link;
    } else {
      this.pending = { before: this.last, row: link };
    }
  }

  private slippedIn(odd: Link, before: Link, nextId: number): void {
    const from = before.id === 0 ? 'the start' : `event ${before.id}`;
    this.report(odd.id, odd.petitionId, 'inserted', `event ${odd.id} (petition ${odd.petitionId}) is not part of the global chain: event ${nextId} continues from ${from}; it was inserted`);
  }

  private removedBetween(before: Link, after: Link): void {
    const where = before.id === 0 ? `before event ${after.id}` : `between event ${before.id} and event ${after.id}`;
    this.report(after.id, null, 'removed', `the global chain breaks ${where}: the events in between were removed or replaced`);
  }

  private report(eventId: number | null, petitionId: number | null, kind: ProblemKind, message: string): void {
    if (this.problems.length < this.maxProblems) this.problems.push({ eventId, petitionId, kind, message });
    else this.omitted++;
  }
}
