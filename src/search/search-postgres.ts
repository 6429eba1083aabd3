import { type Kysely, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyCursor, applyFilters, hasFilters, type SearchQuery } from './search-filters.ts';
import { countCapped, newest, type Plan, type PageRow, TOTAL_CAP, type Where } from './search-page.ts';
import { matchingIds, tsQuery } from './search-sql.ts';

// PostgreSQL plans. The planner cannot be trusted with a word: it guesses a word absent from its
// statistics at 0.5 % of rows, and it takes the word and the filters as independent. Either
// mistake makes it walk every petition by date, decompressing each one's tsvector to test it
// (seconds at 100,000 petitions). So every plan here is bounded by construction.

/** Newest filtered petitions tested against the words, per page row asked for. */
const WINDOW_PER_ROW = 25;

export async function postgresPlan(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number): Promise<Plan> {
  // Up to TOTAL_CAP + 1 matching ids: a bitmap scan of the GIN index, or for a very common word
  // a sequential scan that stops after TOTAL_CAP + 1 matches (the planner's choice, a good one).
  const ids = (await matchingIds('postgres', tokens, 'and', TOTAL_CAP + 1).execute(db)).rows.map((r) => Number(r.id));
  if (ids.length === 0) return { rows: [], count: async () => 0 };
  if (ids.length <= TOTAL_CAP) {
    // All the matches are known: fetch those petitions by primary key.
    const among: Where = (eb) => eb('p.id', 'in', ids);
    return { rows: await newest(db, q, among, need).execute(), count: async () => (hasFilters(q) ? countCapped(db, q, among) : ids.length) };
  }
  const rows = (await newestInWindow(db, q, tokens, need, WINDOW_PER_ROW * need)) ?? (await matchesFirst(db, q, tokens, need));
  return { rows, count: async () => null };
}

/**
 * A common word: the newest `size` petitions passing the filters, each tested against the words.
 * Exact when `need` of them match (the window is the head of the filtered order), or when the
 * window holds every petition that passes the filters.
 */
async function newestInWindow(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number, size: number): Promise<PageRow[] | null> {
  const window = await newest(db, q, undefined, size).execute();
  if (window.length === 0) return [];
  const { rows } = await sql<{ id: number }>`select petition_id as id from petition_search
    where petition_id = any(${window.map((r) => Number(r.id))}::bigint[]) and document @@ to_tsquery('simple', ${tsQuery(tokens, 'and')})`.execute(db);
  const matching = new Set(rows.map((r) => Number(r.id)));
  const found = window.filter((r) => matching.has(Number(r.id))).slice(0, need);
  return found.length === need || window.length < size ? found : null;
}

/**
 * A common word that the filters (or the cursor) mostly exclude: read all its matches from the
 * GIN index once (a materialised CTE, which the planner may not inline), then join them to the
 * filtered petitions. Costs one heap visit per match, but never a tsvector test per petition.
 */
async function matchesFirst(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number): Promise<PageRow[]> {
  const page = applyCursor(applyFilters(db.selectFrom('petitions as p'), q), q.cursor)
    .where(sql<boolean>`p.id in (select petition_id from m)`)
    .select(['p.id', 'p.registered_at'])
    .orderBy('p.registered_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(need);
  const { rows } = await sql<PageRow>`with m as materialized (
      select petition_id from petition_search where document @@ to_tsquery('simple', ${tsQuery(tokens, 'and')}))
    ${page}`.execute(db);
  return rows;
}
