// The SQL of the event log: chain heads, id reservation and batched inserts, per dialect.
import { CompiledQuery, type Insertable, type Kysely, sql } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import { reused } from '../platform/database/reused-query.ts';
import type { DB, EventTable } from '../platform/database/schema.ts';
import type { ChainLink, GlobalHead } from './chain-link.ts';

const columns = [
  'id', 'petition_id', 'seq', 'type', 'actor_kind', 'actor_user_id', 'actor_org_id', 'occurred_at',
  'payload', 'public', 'prev_hash', 'hash', 'global_prev_hash', 'global_hash',
] as const satisfies readonly (keyof EventTable)[];
// Bound parameters per statement: SQLite allows 32766, PostgreSQL 65535. 1000 rows stay under
// both; statements of 2000 or 4000 rows were measured no faster per row.
const ROWS_PER_INSERT = Math.min(1000, Math.floor(32766 / columns.length));
const IDS_PER_LOOKUP = 1000;
/** Head look-ups of up to this many petitions are compiled once per size (reused-query.ts). */
const HEADS_REUSED = 16;

/**
 * Reads the global head. On PostgreSQL the row is locked until commit: every appender queues
 * here, so events are chained (and given ids) in commit order. SQLite has a single writer.
 */
export async function lockGlobalHead(trx: Kysely<DB>, dialect: DialectName): Promise<GlobalHead> {
  const query = reused(dialect, 'chain_head.lock', [1], () =>
    trx
      .selectFrom('chain_head')
      .select(['last_event_id', 'last_hash'])
      .where('id', '=', 1)
      .$if(dialect === 'postgres', (q) => q.forUpdate()),
  );
  const row = (await trx.executeQuery(query)).rows[0];
  if (!row) throw new Error('chain_head has no row: the database was not migrated');
  return { lastEventId: Number(row.last_event_id), lastHash: row.last_hash };
}

export async function writeGlobalHead(trx: Kysely<DB>, dialect: DialectName, head: GlobalHead): Promise<void> {
  const set = { last_event_id: head.lastEventId, last_hash: head.lastHash };
  await trx.executeQuery(reused(dialect, 'chain_head.write', [set.last_event_id, set.last_hash, 1], () => trx.updateTable('chain_head').set(set).where('id', '=', 1)));
}

// SQLite's AUTOINCREMENT counter for events, read once per allocation.
const lastEventSeq = CompiledQuery.raw(`select coalesce((select seq from sqlite_sequence where name = 'events'), 0) as seq`) as CompiledQuery<{ seq: number }>;

/**
 * Hands out event ids before the insert, because the global hash covers the id. Taking them from
 * the table's own allocator (the bigserial sequence; SQLite's AUTOINCREMENT counter) keeps ids
 * unique for anyone else and never reuses the id of a removed row. Called with the head locked,
 * so ids grow in chain order.
 */
export function idAllocator(trx: Kysely<DB>, dialect: DialectName): (count: number) => Promise<number[]> {
  if (dialect === 'postgres') {
    // A block in one round trip: nextval, then setval past the block. Nobody can draw from the
    // sequence in between, because every writer of events holds the head lock we hold.
    return async (count) => {
      if (count === 0) return [];
      const { rows } = await sql<{ last: number }>`select setval(pg_get_serial_sequence('events', 'id'), nextval(pg_get_serial_sequence('events', 'id')) + ${count - 1}) as last`.execute(trx);
      const last = Number(rows[0]?.last);
      return Array.from({ length: count }, (_, i) => last - count + 1 + i);
    };
  }
  // The explicit ids inserted below advance sqlite_sequence themselves; within one write
  // transaction nobody else can, so the counter is read once and then kept here.
  let last: number | undefined;
  return async (count) => {
    if (last === undefined) {
      const { rows } = await trx.executeQuery(lastEventSeq);
      last = Number(rows[0]?.seq ?? 0);
    }
    const from = last;
    last += count;
    return Array.from({ length: count }, (_, i) => from + i + 1);
  };
}

/** The largest petition id that has events: petitions above it need no head lookup. */
export async function lastPetitionWithEvents(trx: Kysely<DB>): Promise<number> {
  const row = await trx.selectFrom('events').select((eb) => eb.fn.max('petition_id').as('m')).executeTakeFirst();
  return Number(row?.m ?? 0);
}

/** The last (seq, hash) of each listed petition that has events. */
export async function readPetitionHeads(trx: Kysely<DB>, dialect: DialectName, petitionIds: number[]): Promise<Map<number, ChainLink>> {
  const heads = new Map<number, ChainLink>();
  for (let i = 0; i < petitionIds.length; i += IDS_PER_LOOKUP) {
    const ids = petitionIds.slice(i, i + IDS_PER_LOOKUP);
    const build = () =>
      trx
        .selectFrom('events as e')
        .select(['e.petition_id', 'e.seq', 'e.hash'])
        .where('e.petition_id', 'in', ids)
        .where('e.seq', '=', (eb) => eb.selectFrom('events as m').select((m) => m.fn.max('m.seq').as('s')).whereRef('m.petition_id', '=', 'e.petition_id'));
    // A registration asks for a few heads; bulk loads for up to a thousand, whose shapes would
    // crowd the statement caches: only the small ones are kept.
    const query = ids.length <= HEADS_REUSED ? reused(dialect, `events.heads:${ids.length}`, ids, build) : build().compile();
    const { rows } = await trx.executeQuery(query);
    for (const r of rows) heads.set(Number(r.petition_id), { seq: r.seq, hash: r.hash });
  }
  return heads;
}

const fullBatch = new Map<DialectName, string>();

// Written out as text rather than through the query builder: building and compiling a 1000-row
// insert cost more CPU than SQLite took to execute it (bulk loading went from ~30k to ~40k events
// per CPU-second). Only the full-size statement is kept; the short ones are cheap to build.
function insertSql(dialect: DialectName, count: number): string {
  const cached = count === ROWS_PER_INSERT ? fullBatch.get(dialect) : undefined;
  if (cached) return cached;
  let n = 0;
  const tuple = () => `(${columns.map(() => (dialect === 'postgres' ? `$${++n}` : '?')).join(',')})`;
  const text = `insert into events (${columns.join(', ')}) values ${Array.from({ length: count }, tuple).join(',')}`;
  if (count === ROWS_PER_INSERT) fullBatch.set(dialect, text);
  return text;
}

export async function insertEventRows(trx: Kysely<DB>, dialect: DialectName, rows: Insertable<EventTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const slice = rows.slice(i, i + ROWS_PER_INSERT);
    const params: unknown[] = [];
    for (const row of slice) for (const c of columns) params.push(row[c] ?? null);
    await trx.executeQuery(CompiledQuery.raw(insertSql(dialect, slice.length), params));
  }
}
