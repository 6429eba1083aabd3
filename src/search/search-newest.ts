import { type Kysely, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyCursor, applyFilters, type SearchQuery } from './search-filters.ts';
import { type PageRow, newestFirst } from './search-page.ts';
import { fts5Query } from './search-sql.ts';

// The newest petitions holding a common word, on SQLite, without reading all its matches.
//
// Sorting every match by registration time costs one table read per match: 400,000 of them for a
// word in 40 % of a million petitions. But FTS5 hands out matches by rowid, newest id first, and
// stops when asked to; and petitions are numbered as they are registered, so id order is
// registration order except where clocks or imports say otherwise. So: stream matches by id,
// newest first, through the filters until the page is full; then prove that no older id can
// outrank the page, by reading the registration index from the page's last row on (as many
// entries as petitions registered since). When the proof fails (out-of-order data, or too long
// to read) or the filters reject too many matches, the caller falls back to the general plan.

/** How many matches one attempt may stream before giving up on a selective filter. */
const STREAM_BUDGET = 2000;
/** How many newer registrations the proof may read before giving up (about 2 ms). */
const PROOF_BUDGET = 50_000;

/** The first `need` rows in (registered_at desc, id desc) order, or null when not provable. */
export async function newestByIdFirst(db: Kysely<DB>, q: SearchQuery, tokens: readonly string[], need: number): Promise<PageRow[] | null> {
  const match = fts5Query(tokens, 'and');
  // The id of the STREAM_BUDGET-th newest match bounds the stream (FTS5 honours rowid ranges).
  const floor = await sql<{ id: number }>`select rowid as id from petition_search where petition_search match ${match}
    order by rowid desc limit 1 offset ${STREAM_BUDGET - 1}`.execute(db);
  const lowest = Number(floor.rows[0]?.id ?? 0);
  const streamed = await applyCursor(applyFilters(db.selectFrom('petitions as p'), q), q.cursor)
    .innerJoin(sql<{ rowid: number }>`petition_search`.as('s'), (join) => join.onRef(sql.ref('s.rowid'), '=', 'p.id'))
    .where(sql<boolean>`s.petition_search match ${match}`)
    .where(sql<boolean>`s.rowid >= ${lowest}`)
    .select(['p.id', 'p.registered_at'])
    .orderBy(sql`s.rowid`, 'desc')
    .limit(need)
    .execute();
  const rows = streamed.map((r) => ({ id: Number(r.id), registered_at: r.registered_at })).sort(newestFirst);
  // Fewer than asked for: either every match was read (lowest = 0) and this is all, or the
  // budget ran out and older matches are unknown.
  if (rows.length < need) return lowest === 0 ? rows : null;
  const last = rows[rows.length - 1] as PageRow;
  const lo = Math.min(...rows.map((r) => r.id));
  // Every match with id >= lo was streamed. An unread one (id < lo) could only belong on the page
  // if some petition with such an id was registered after the page's last row.
  const newer = db
    .selectFrom('petitions')
    .select(['id', 'registered_at'])
    .where('registered_at', '>=', last.registered_at)
    .orderBy('registered_at')
    .limit(PROOF_BUDGET);
  const proof = await db
    .selectFrom(newer.as('n'))
    .select((eb) => [
      eb.fn.countAll<number>().as('read'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('n.id', '<', lo), eb.or([eb('n.registered_at', '>', last.registered_at), eb('n.id', '>', last.id)])])).then(1).else(0).end()).as('outranking'),
    ])
    .executeTakeFirstOrThrow();
  return Number(proof.read) < PROOF_BUDGET && Number(proof.outranking) === 0 ? rows : null;
}
