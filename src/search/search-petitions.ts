import type { Kysely } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { hasFilters, type SearchCursor, type SearchQuery } from './search-filters.ts';
import { newestByIdFirst } from './search-newest.ts';
import { countCapped, newest, type Plan, TOTAL_CAP } from './search-page.ts';
import { postgresPlan } from './search-postgres.ts';
import { countMatches, idAmongMatches, idInMatches } from './search-sql.ts';
import { tokensForQuery } from './segmenter.ts';

export { TOTAL_CAP } from './search-page.ts';

type Executor = Kysely<DB>;


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

/**
 * Petitions matching every word of `text` and every filter, newest first. The text is segmented
 * like the index; a text with no searchable word (only punctuation or stop characters) finds none.
 */
export async function searchPetitions(db: Executor, dialect: DialectName, q: SearchQuery): Promise<SearchResult> {
  const tokens = q.text?.trim() ? tokensForQuery(q.text) : null;
  if (tokens?.length === 0) return { ids: [], total: 0, next: null };
  const offset = q.offset ?? 0;
  const need = offset + q.limit + 1;
  const plan: Plan = !tokens
    ? { rows: await newest(db, q, undefined, need).execute(), count: () => countCapped(db, q, undefined) }
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

// SQLite: FTS5 counts matches without reading rows, so count first and choose. A few matches
// are read and sorted. Many are streamed newest id first (search-newest), unless a filter asks
// for old petitions, which that stream would reach last. Failing that,
// SQLite walks a petitions index (by date, or by an indexed filter) against the Bloom-filtered
// set of matches. Only category and channel, which have no index, make it cheaper to read and
// sort every match than to walk every petition looking each one up.
async function sqlitePlan(db: Executor, q: SearchQuery, tokens: string[], need: number): Promise<Plan> {
  const m = Number((await countMatches('sqlite', tokens, TOTAL_CAP + 1).execute(db)).rows[0]?.n ?? 0);
  if (m === 0) return { rows: [], count: async () => 0 };
  const among = idInMatches('sqlite', tokens);
  const oldFirst = q.registeredTo !== undefined || q.overdueOn !== undefined;
  const streamed = m > TOTAL_CAP && !oldFirst ? await newestByIdFirst(db, q, tokens, need) : null;
  const walk = m > TOTAL_CAP && (hasIndexedFilter(q) || !hasFilters(q));
  const rows = streamed ?? (await newest(db, q, walk ? idAmongMatches(tokens) : among, need).execute());
  const count = async () => (m > TOTAL_CAP ? null : hasFilters(q) ? countCapped(db, q, among) : m);
  return { rows, count };
}

const hasIndexedFilter = (q: SearchQuery) =>
  [q.holderOrgIds, q.holderPath, q.step, q.overdueOn, q.registeredFrom, q.registeredTo].some((f) => f !== undefined);
