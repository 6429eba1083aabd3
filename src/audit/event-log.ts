// The append-only history of every petition, hash-chained per petition and globally. Nothing
// outside this context writes to `events`; nothing at all updates or deletes its rows.
import type { Kysely } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { linkEvents } from './chain-link.ts';
import { idAllocator, insertEventRows, lockGlobalHead, readPetitionHeads, writeGlobalHead } from './chain-store.ts';

export { ChainWriter, type ChainWriterOptions } from './chain-writer.ts';

export interface NewEvent {
  petitionId: number;
  type: string;
  actorKind: 'staff' | 'petitioner' | 'system';
  actorUserId: number | null;
  actorOrgId: number | null;
  /** ISO-8601 UTC, e.g. from Date#toISOString(). */
  occurredAt: string;
  payload: Record<string, unknown>;
  /** Shown on the public view of the petition. */
  public: boolean;
}

export interface StoredEvent extends NewEvent {
  id: number;
  seq: number;
  hash: string;
}

/**
 * Appends events (in order) to their petitions' chains and to the global chain, inside the
 * caller's transaction so the new state and its history commit or vanish together.
 *
 * On PostgreSQL this takes the global head's row lock and keeps it until commit, so call it as the
 * last write before committing: the work before it runs in parallel with other requests, and
 * always taking the petition's rows before the head means two writers never wait on each other
 * in opposite order.
 *
 * The global hash covers the event's id, which is therefore reserved (one `nextval` round trip on
 * PostgreSQL; SQLite's own counter, in process) before a single multi-row insert — no second
 * pass updating rows, which would double the writes and, on PostgreSQL, leave dead tuples.
 */
export async function appendEvents(trx: Kysely<DB>, dialect: DialectName, events: NewEvent[]): Promise<StoredEvent[]> {
  if (!trx.isTransaction) throw new Error('appendEvents must run inside the transaction that writes the new state');
  if (events.length === 0) return [];
  const global = await lockGlobalHead(trx, dialect);
  const ids = await idAllocator(trx, dialect)(events.length);
  // Read after the lock: an appender that committed while we waited is now visible.
  const heads = await readPetitionHeads(trx, dialect, [...new Set(events.map((e) => e.petitionId))]);
  const linked = linkEvents(events, ids, heads, global);
  await insertEventRows(trx, dialect, linked.rows);
  await writeGlobalHead(trx, dialect, linked.global);
  return events.map((event, i) => {
    const row = linked.rows[i] as (typeof linked.rows)[number];
    return { ...event, id: row.id as number, seq: row.seq, hash: row.hash };
  });
}

/** A petition's history in order, payloads parsed. */
export async function listEvents(db: Kysely<DB>, petitionId: number): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('events').selectAll().where('petition_id', '=', petitionId).orderBy('seq').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    petitionId: Number(r.petition_id),
    seq: r.seq,
    type: r.type,
    actorKind: r.actor_kind,
    actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id),
    actorOrgId: r.actor_org_id === null ? null : Number(r.actor_org_id),
    occurredAt: r.occurred_at,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    public: r.public === 1,
    hash: r.hash,
  }));
}
