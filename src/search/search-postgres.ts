import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyFilters, hasFilters, type SearchCursor, type SearchQuery } from './search-filters.ts';
import { countCapped, newest, type Plan, type PageRow, TOTAL_CAP, type Where } from './search-page.ts';
import { matchingIds, tsQuery } from './search-sql.ts';

// PostgreSQL plans. The planner cannot be trusted with a word: it guesses a word absent from its
// statistics at 0.5 % of rows, and it takes the word and the filters as independent. Either
// mistake makes it walk every petition by date, testing each one's tsvector (seconds at 100,000
// petitions). So each plan here is chosen by what it will read, and a word is tested against a
// petition only through petition_search's primary key (ts_match_vq, which no index matches).
// Its estimates serve only to choose between exact plans (pageOfCommonWord).
//
// What no plan here makes cheap: a word in many petitions that the filters nearly exclude (a
// word of housing cases, with the labour bureau as holder). The words live in petition_search
// and the filters in petitions, so one side must be read whole: the matches, or the filtered
// petitions. Both grow with the number of petitions (docs/PERFORMANCE.md).

/** The first window of newest filtered petitions tested against the words, per page row asked for. */
const WINDOW_PER_ROW = 25;
/** Each further window is this many times larger than the one before. */
const WINDOW_GROWTH = 4;

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
  return { rows: await pageOfCommonWord(db, q, tokens, need), count: async () => null };
}

/**
 * More than TOTAL_CAP matches. The newest filtered petitions are tested in a first window, which
 * finds the page when the word is frequent among them. Otherwise that window's hit rate tells
 * how many more petitions would have to be tested; the planner's estimates tell how many match
 * the word and how many pass the filters. The cheaper of the two exact ways follows: more
 * windows (at most every filtered petition), or every match read first.
 */
async function pageOfCommonWord(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number): Promise<PageRow[]> {
  const walked = await holdersResolved(db, q);
  const size = WINDOW_PER_ROW * need;
  const first = await windowMatches(db, walked, tokens, need, size);
  if (first.matches.length === need || first.size < size || !first.last) return first.matches;
  const [matches, filtered] = await Promise.all([
    estimatedRows(db, sql`select 1 from petition_search where document @@ to_tsquery('simple', ${tsQuery(tokens, 'and')})`),
    hasFilters(q) ? estimatedRows(db, sql`${applyFilters(db.selectFrom('petitions as p'), q).select('p.id')}`) : Promise.resolve(Number.POSITIVE_INFINITY),
  ]);
  return (await newestInWindows(db, walked, tokens, need, first, matches, filtered)) ?? (await matchesFirst(db, q, tokens, need));
}

/**
 * Whether testing more windows is expected to cost less than reading every match: a window test
 * costs about one row read, a match read first about two (its index row, then its petition).
 * The hit rate so far says how many more tests the page needs; no more than the petitions left.
 */
function windowsCheaper(found: number, read: number, need: number, matches: number, filtered: number): boolean {
  const testsLeft = ((need - found) * read) / Math.max(found, 0.5);
  return Math.min(testsLeft, filtered - read) <= 2 * matches;
}

/** The planner's estimate of the rows a statement returns (planning only, nothing is read). */
async function estimatedRows(db: Kysely<DB>, statement: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`explain (format json) ${statement}`.execute(db);
  return Number(rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
}

const PATH = /^(\/\d+)+\/$/;
/** Above this many holders, a window walks the date order once instead of once per holder. */
const MAX_HOLDER_WALKS = 16;

/** The same query with a holder path turned into the list of holders under it (and in holderOrgIds, if both). */
async function holdersResolved(db: Kysely<DB>, q: SearchQuery): Promise<SearchQuery> {
  if (q.holderPath === undefined) return q;
  if (!PATH.test(q.holderPath)) throw new RangeError(`not an organisation path: ${q.holderPath}`);
  const under = (await db.selectFrom('organizations').select('id').where('path', 'like', `${q.holderPath}%`).execute()).map((r) => Number(r.id));
  const ids = q.holderOrgIds === undefined ? under : under.filter((id) => q.holderOrgIds?.includes(id));
  return { ...q, holderPath: undefined, holderOrgIds: ids };
}

/**
 * The newest `size` petitions passing the filters, in the search order. A few holders are walked
 * one by one, each from its own range of the (holder, registered_at, id) index, and merged: no
 * planner can walk one index range in date order for a list of holders.
 */
function windowOf(db: Kysely<DB>, q: SearchQuery, size: number) {
  const holders = q.holderOrgIds;
  if (holders === undefined || holders.length < 2 || holders.length > MAX_HOLDER_WALKS || q.overdueOn !== undefined) return sql`${newest(db, q, undefined, size)}`;
  const walks = holders.map((h) => sql`(${newest(db, { ...q, holderOrgIds: [h] }, undefined, size)})`);
  return sql`select id, registered_at from (${sql.join(walks, sql` union all `)}) h order by registered_at desc, id desc limit ${size}`;
}

/**
 * A common word: the newest filtered petitions, a window at a time, each tested against the words
 * until `need` of them match. Windows are consecutive slices of the filtered order (each starts
 * after the last row of the one before), so the answer is exact; each is WINDOW_GROWTH times
 * larger than the one before, so a word in 1 % of petitions costs a few thousand tests. Null as
 * soon as reading every match first is expected to be cheaper (windowsCheaper).
 */
async function newestInWindows(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number, first: Window, matches: number, filtered: number): Promise<PageRow[] | null> {
  const found = [...first.matches];
  let read = first.size;
  let last = first.last;
  for (let size = read * WINDOW_GROWTH; last && windowsCheaper(found.length, read, need, matches, filtered); size *= WINDOW_GROWTH) {
    const window = await windowMatches(db, { ...q, cursor: last }, tokens, need - found.length, size);
    found.push(...window.matches);
    if (found.length === need || window.size < size) return found;
    read += window.size;
    last = window.last;
  }
  return last ? null : found;
}

interface Window {
  /** The first rows of the window (at most the number asked for) that match the words. */
  matches: PageRow[];
  /** How many petitions the window holds: fewer than asked for when the filtered order ends. */
  size: number;
  /** Where the window ends. */
  last: SearchCursor | null;
}

/**
 * One window, in one statement: the newest `size` petitions passing the filters after the
 * cursor; the first `need` of them whose words match (each tested through the primary key of
 * petition_search, never the GIN index, whatever the planner would guess); the window's size and
 * last position.
 */
async function windowMatches(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number, size: number): Promise<Window> {
  const window = windowOf(db, q, size);
  const { rows } = await sql<{ id: string | number; registered_at: string; matched: boolean; n: string | number }>`with w as materialized (${window})
    (select w.id, w.registered_at, true as matched, 0 as n from w
      where w.id in (select petition_id from petition_search
        where petition_id = any(array(select id from w)) and ts_match_vq(document, to_tsquery('simple', ${tsQuery(tokens, 'and')})))
      order by w.registered_at desc, w.id desc limit ${need})
    union all
    (select id, registered_at, false, (select count(*) from w) from w order by registered_at, id limit 1)`.execute(db);
  const matches = rows.filter((r) => r.matched).map((r) => ({ id: Number(r.id), registered_at: r.registered_at }));
  const last = rows.find((r) => !r.matched);
  return { matches, size: Number(last?.n ?? 0), last: last ? { registeredAt: last.registered_at, id: Number(last.id) } : null };
}

/**
 * The page from every match: the matches read once from the GIN index (a materialised CTE, which
 * the planner may not inline), their petitions fetched by primary key in id order and filtered.
 * Costs a heap visit per match, but never a tsvector test per petition.
 */
async function matchesFirst(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number): Promise<PageRow[]> {
  const page = newest(db, q, () => sql<SqlBool>`p.id = any(array(select petition_id from m))`, need);
  const { rows } = await sql<PageRow>`with m as materialized (
      select petition_id from petition_search where document @@ to_tsquery('simple', ${tsQuery(tokens, 'and')}))
    ${page}`.execute(db);
  return rows;
}
