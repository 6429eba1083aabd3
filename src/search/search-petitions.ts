import type { Kysely } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { applyCursor, applyFilters, hasFilters, type PetitionQuery, type SearchCursor, type SearchQuery } from './search-filters.ts';
import { type PageRow, newestByIdFirst } from './search-newest.ts';
import { countMatches, idAmongMatches, idInMatches, matchingIds } from './search-sql.ts';
import { tokensForQuery } from './segmenter.ts';

type Executor = Kysely<DB>;

/**
 * Counts stop here. Counting costs a read per match (PostgreSQL even visits the heap for each),
 * so past a thousand `total` is null and screens show "1,000+".
 */
export const TOTAL_CAP = 1000;
/** SQLite: up to this many matches, reading and sorting them all is the plan of last resort. */
const SORT_ALL_UP_TO = 10_000;

export interface SearchResult {
  /** Petition ids, registered_at desc then id desc. */
  ids: number[];
  /**
   * How many petitions match, when cheap to know (the same rule on both dialects): when all fit
   * on this first page; else up to TOTAL_CAP, when the words (if any) are in at most TOTAL_CAP
   * petitions. null means "more than TOTAL_CAP", or a common word narrowed by filters, not counted.
   */
  total: number | null;
  /** Where the next page starts, or null on the last page. */
  next: SearchCursor | null;
}

interface Plan {
  rows: PageRow[];
  count: () => Promise<number | null>;
}

/**
 * Petitions matching every word of `text` and every filter, newest first. The text is segmented
 * like the index; a text with no searchable word (only punctuation or stop characters) finds none.
 */
export async function searchPetitions(db: Executor, dialect: DialectName, q: SearchQuery): Promise<SearchResult> {
  const tokens = q.text?.trim() ? tokensForQuery(q.text) : null;
  if (tokens?.length === 0) return { ids: [], total: 0, next: null };
  const offset = q.offset ?? 0;
  const need = offset + q.limit + 1;
  const plan = !tokens
    ? { rows: await newest(db, q, undefined, need), count: () => countCapped(db, q, undefined) }
    : dialect === 'sqlite' ? await sqlitePlan(db, q, tokens, need) : await postgresPlan(db, q, tokens, need);
  const shown = plan.rows.slice(offset, offset + q.limit);
  const more = plan.rows.length > offset + q.limit;
  const whole = !more && q.cursor === undefined && (shown.length > 0 || offset === 0);
  const last = shown.at(-1);
  return {
    ids: shown.map((r) => Number(r.id)),
    total: whole ? offset + shown.length : await plan.count(),
    next: more && last ? { registeredAt: last.registered_at, id: Number(last.id) } : null,
  };
}

type Where = Parameters<PetitionQuery<object>['where']>[0];

/** The first `need` petitions after the cursor, passing the filters and `where`, newest first. */
function newest(db: Executor, q: SearchQuery, where: Where | undefined, need: number): Promise<PageRow[]> {
  let qb = applyCursor(applyFilters(db.selectFrom('petitions as p'), q), q.cursor);
  if (where) qb = qb.where(where);
  return qb.select(['p.id', 'p.registered_at']).orderBy('p.registered_at', 'desc').orderBy('p.id', 'desc').limit(need).execute();
}

async function countCapped(db: Executor, q: SearchQuery, where: Where | undefined): Promise<number | null> {
  let qb = applyFilters(db.selectFrom('petitions as p'), q);
  if (where) qb = qb.where(where);
  const capped = qb.select('p.id').limit(TOTAL_CAP + 1);
  const row = await db.selectFrom(capped.as('c')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  const n = Number(row?.n ?? 0);
  return n > TOTAL_CAP ? null : n;
}

// SQLite: FTS5 counts matches without reading rows, so count first (up to SORT_ALL_UP_TO) and
// choose: a few matches are read and sorted; many are streamed newest id first (search-newest);
// failing that, SQLite walks a petitions index against the Bloom-filtered set of matches.
async function sqlitePlan(db: Executor, q: SearchQuery, tokens: string[], need: number): Promise<Plan> {
  const m = Number((await countMatches('sqlite', tokens, SORT_ALL_UP_TO + 1).execute(db)).rows[0]?.n ?? 0);
  if (m === 0) return { rows: [], count: async () => 0 };
  const among = idInMatches('sqlite', tokens);
  const streamed = m > TOTAL_CAP ? await newestByIdFirst(db, q, tokens, need) : null;
  const rows = streamed ?? (await newest(db, q, m > SORT_ALL_UP_TO ? idAmongMatches(tokens) : among, need));
  const count = async () => (m > TOTAL_CAP ? null : hasFilters(q) ? countCapped(db, q, among) : m);
  return { rows, count };
}

// PostgreSQL: read the ids of up to TOTAL_CAP + 1 matches from the GIN index. If that is all of
// them, fetch those petitions by primary key: the planner, which guesses a rare word at 0.5 % of
// rows, would otherwise walk every petition by date testing each tsvector. If not, the word is
// common and walking by date, testing each, is the right plan, which the planner then picks.
async function postgresPlan(db: Executor, q: SearchQuery, tokens: string[], need: number): Promise<Plan> {
  const ids = (await matchingIds('postgres', tokens, 'and', TOTAL_CAP + 1).execute(db)).rows.map((r) => Number(r.id));
  if (ids.length === 0) return { rows: [], count: async () => 0 };
  if (ids.length > TOTAL_CAP) return { rows: await newest(db, q, idInMatches('postgres', tokens), need), count: async () => null };
  const among: Where = (eb) => eb('p.id', 'in', ids);
  return {
    rows: await newest(db, q, among, need),
    count: async () => (hasFilters(q) ? countCapped(db, q, among) : ids.length),
  };
}
