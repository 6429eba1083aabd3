import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyCursor, applyFilters, checkHolderPath, hasFilters, OPEN_STEPS, type SearchCursor, type SearchQuery } from './search-filters.ts';
import { type Plan, type PageRow, TOTAL_CAP } from './search-page.ts';
import { tsQuery } from './search-sql.ts';

// PostgreSQL plans. Each petition_search row holds the petition's words (`document`), its filter
// values as lexemes (`facets`: step, holder, organisations above the holder, category, channel)
// and its registration time, and one GIN index covers words and facets (migration
// 2026-11-23-0005-search-facets). So the matches of a word under a filter are intersected inside
// the index and sorted without reading petitions; only an overdue filter (a due date) needs them.
//
// The planner cannot be trusted to choose between reading the matches and walking by date: it
// takes words and filters as independent. Either mistake costs seconds at 10,000,000 petitions.
// So each plan here is chosen by what it will read, and each statement is written so that the
// planner has one way to run it: matches through the GIN index (ordered by an expression, which
// no index provides), or the newest rows through the date index (words tested with ts_match_vq,
// which no index matches). Its estimates serve only to choose between the two, and to know a
// common word without counting it (knownCommon).

/** The first window of newest petitions tested against the words, per page row asked for. */
const WINDOW_PER_ROW = 25;
/** Each further window is this many times larger than the one before. */
const WINDOW_GROWTH = 4;
/** Each further span of weeks whose matches are read is this many times longer than the one before. */
const WEEK_GROWTH = 4;

/** What a search matches in petition_search, as SQL text for tsquery parameters. */
interface Match {
  /** The words, as to_tsquery text. */
  words: string;
  /** The filters held in facets, as tsquery text; null without such a filter. */
  facets: string | null;
  q: SearchQuery;
}

export async function postgresPlan(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number): Promise<Plan> {
  const facets = facetQuery(q);
  if (facets === false) return { rows: [], count: async () => 0 };
  const match: Match = { words: tsQuery(tokens, 'and'), facets, q };
  const few = (await knownCommon(db, tokens)) ? null : await fewMatches(db, match, need);
  if (few) return { rows: few.rows, count: async () => (hasFilters(q) ? few.passing : few.matches) };
  const rows = q.overdueOn === undefined ? await pageOfCommonWord(db, match, need) : await overdueTested(db, match, need);
  return { rows, count: async () => null };
}

/**
 * A single word that the statistics list among the most common, at ten times TOTAL_CAP, is past
 * the cap without counting: a word they have not seen is estimated at half the least common they
 * list. Reading a word's matches costs a row read each, so this saves TOTAL_CAP of them.
 */
async function knownCommon(db: Kysely<DB>, tokens: string[]): Promise<boolean> {
  if (tokens.length !== 1) return false;
  const [estimate, unseen] = await Promise.all([
    estimatedRows(db, sql`select 1 from petition_search where document @@ to_tsquery('simple', ${tsQuery(tokens, 'and')})`),
    // Facet lexemes hold a colon, which no word in a document can.
    estimatedRows(db, sql`select 1 from petition_search where document @@ ${"'under:0'"}::tsquery`),
  ]);
  return estimate >= 10 * TOTAL_CAP && estimate >= 2 * unseen;
}

/**
 * Up to TOTAL_CAP + 1 rows holding the words, in one statement, each tested against the filters
 * (and the cursor): when the words are in at most TOTAL_CAP petitions, these are all of them, so
 * the page and both counts come from this one read. Through a bitmap scan of the GIN index, or
 * for a very common pair of words a sequential scan that stops early (the planner's choice). Null
 * past TOTAL_CAP.
 */
async function fewMatches(db: Kysely<DB>, match: Match, need: number): Promise<{ rows: PageRow[]; matches: number; passing: number } | null> {
  const passes = matchCondition({ ...match, q: { ...match.q, cursor: undefined } }, 'test', true, false);
  const after = match.q.cursor ? afterCursor(match.q.cursor) : sql<SqlBool>`true`;
  const { rows } = await sql<{ kind: 'row' | 'matches' | 'passing'; id: string | number | null; registered_at: string | null; n: string | number }>`with m as materialized (
      select s.petition_id as id, s.registered_at, ${passes} as passes, ${after} as after from petition_search s
      where s.document @@ to_tsquery('simple', ${match.words}) limit ${TOTAL_CAP + 1})
    (select 'row' as kind, id, registered_at, 0 as n from m where passes and after order by registered_at desc, id desc limit ${need})
    union all (select 'matches', null, null, (select count(*) from m))
    union all (select 'passing', null, null, (select count(*) from m where passes))`.execute(db);
  const count = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  if (count('matches') > TOTAL_CAP) return null;
  const page = rows.filter((r) => r.kind === 'row').map((r) => ({ id: Number(r.id), registered_at: r.registered_at as string }));
  return { rows: page, matches: count('matches'), passing: count('passing') };
}

/**
 * A common word among overdue petitions: they are few (an office's backlog), so they are read
 * from the step and due date index (which includes the registration time), sorted once, and
 * tested in that order, each through petition_search's primary key, until the page is full.
 * The sort is a materialised CTE so that the tests stop early: a plain ORDER BY would test every
 * overdue petition before sorting.
 */
async function overdueTested(db: Kysely<DB>, match: Match, need: number): Promise<PageRow[]> {
  const { q } = match;
  const overdueRows = applyCursor(applyFilters(db.selectFrom('petitions as p'), q), q.cursor)
    .select(['p.id', 'p.registered_at']).orderBy(sql`p.registered_at || ''`, 'desc').orderBy('p.id', 'desc');
  const { rows } = await sql<PageRow>`with o as materialized (${overdueRows})
    select o.id, o.registered_at from o
    where exists (select 1 from petition_search s where s.petition_id = o.id and ts_match_vq(s.document, to_tsquery('simple', ${match.words})))
    limit ${need}`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), registered_at: r.registered_at }));
}

/** The filters that facets hold, as tsquery text: each given list one OR group, the groups ANDed. False when a list is empty. */
function facetQuery(q: SearchQuery): string | null | false {
  const groups: string[][] = [];
  const add = (kind: string, values: readonly (string | number)[] | undefined) => {
    if (values !== undefined) groups.push(values.map((v) => `${kind}:${v}`));
  };
  add('step', q.step);
  add('step', q.overdueOn === undefined ? undefined : OPEN_STEPS);
  add('holder', q.holderOrgIds);
  if (q.holderPath !== undefined) {
    checkHolderPath(q.holderPath);
    add('under', [q.holderPath.split('/').at(-2) as string]);
  }
  add('category', q.category);
  add('channel', q.channel);
  if (groups.some((g) => g.length === 0)) return false;
  return groups.length === 0 ? null : groups.map((g) => `(${tsQuery(g, 'or')})`).join(' & ');
}

/** Row `s` comes after the cursor in the search order. */
const afterCursor = (c: SearchCursor) => sql<SqlBool>`(s.registered_at, s.petition_id) < (${c.registeredAt}, ${c.id})`;

/** Registration range and cursor on petition_search `s`: what the date index can serve. */
function dateConditions(q: SearchQuery): RawBuilder<SqlBool>[] {
  const out: RawBuilder<SqlBool>[] = [];
  if (q.registeredFrom !== undefined) out.push(sql<SqlBool>`s.registered_at >= ${q.registeredFrom}`);
  if (q.registeredTo !== undefined) out.push(sql<SqlBool>`s.registered_at < ${q.registeredTo}`);
  if (q.cursor) out.push(afterCursor(q.cursor));
  return out;
}

/** The petition of row `s` is overdue (its open step is in facets). */
const overdue = (q: SearchQuery) =>
  sql<SqlBool>`exists (select 1 from petitions p where p.id = s.petition_id and p.due_on < ${q.overdueOn})`;

/**
 * Everything a row `s` must satisfy. Through the index (`@@`, for reading the matches), or as a
 * test of each row (`ts_match_vq`, for rows read in date order). Without the words, for rows
 * already read through them.
 */
function matchCondition(match: Match, how: 'index' | 'test', dates = true, words = true): RawBuilder<SqlBool> {
  const query = sql`to_tsquery('simple', ${match.words})`;
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  if (words) parts.push(how === 'index' ? sql<SqlBool>`s.document @@ ${query}` : sql<SqlBool>`ts_match_vq(s.document, ${query})`);
  if (match.facets !== null) {
    const facets = sql`${match.facets}::tsquery`;
    parts.push(how === 'index' ? sql<SqlBool>`s.facets @@ ${facets}` : sql<SqlBool>`ts_match_vq(s.facets, ${facets})`);
  }
  if (dates) parts.push(...dateConditions(match.q));
  if (match.q.overdueOn !== undefined) parts.push(overdue(match.q));
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/**
 * More than TOTAL_CAP petitions hold the words. The newest petitions (within the filters' dates)
 * are tested in a first window, which finds the page when the words and filters are frequent
 * among them. Otherwise that window's hit rate tells how many more petitions would have to be
 * tested, and the planner's estimate how many match in a week; the cheaper of the two exact ways
 * follows: more windows, or the matches read week by week.
 */
async function pageOfCommonWord(db: Kysely<DB>, match: Match, need: number): Promise<PageRow[]> {
  const size = WINDOW_PER_ROW * need;
  const first = await windowMatches(db, match, match.q.cursor, need, size);
  if (first.matches.length === need || first.size < size || !first.last) return first.matches;
  const dates = dateConditions({ ...match.q, cursor: undefined });
  const week = { ...match, facets: [match.facets, `'week:${weekOf(first.last.registeredAt)}'`].filter((f) => f !== null).join(' & ') };
  const [weekly, walked] = await Promise.all([
    estimatedRows(db, sql`select 1 from petition_search s where ${matchCondition(week, 'index', false)}`),
    dates.length === 0 ? Number.POSITIVE_INFINITY : estimatedRows(db, sql`select 1 from petition_search s where ${sql.join(dates, sql` and `)}`),
  ]);
  const byWeeks = Math.max(weekly, need - first.matches.length);
  const { found, last } = await newestInWindows(db, match, need, first, byWeeks, walked);
  return last ? [...found, ...(await newestByWeeks(db, match, need - found.length, last))] : found;
}

/**
 * The matches of the words, newest first, read week by week back from `from`. Facets hold
 * each row's registration week, so the GIN index intersects the words with a span of weeks and
 * only that span's matches are read and sorted (by an expression, so that no date walk can
 * replace the index). A week holds exactly the rows whose registration time sorts within it, so
 * the answer is exact. Each span is WEEK_GROWTH times longer than the one before; once it would
 * reach the oldest week, the rest are read in one statement without weeks.
 */
async function newestByWeeks(db: Kysely<DB>, match: Match, need: number, from: SearchCursor): Promise<PageRow[]> {
  const found: PageRow[] = [];
  let cursor = from;
  const oldest = await oldestWeek(db, match.q);
  let span = 1;
  for (let week = weekOf(from.registeredAt); week >= oldest && found.length < need; week -= span, span *= WEEK_GROWTH) {
    const weeks = week - span < oldest ? null : Array.from({ length: span }, (_, i) => `week:${week - i}`);
    const facets = [match.facets, weeks && tsQuery(weeks, 'or')].filter((f) => f !== null).map((f) => `(${f})`).join(' & ');
    const within = { ...match, facets: facets || null, q: { ...match.q, cursor } };
    const { rows } = await sql<PageRow>`select s.petition_id as id, s.registered_at from petition_search s
      where ${matchCondition(within, 'index')}
      order by s.registered_at || '' desc, s.petition_id desc limit ${need - found.length}`.execute(db);
    found.push(...rows.map((r) => ({ id: Number(r.id), registered_at: r.registered_at })));
    // A span that did not fill the page gave all its matches: the next starts after the last.
    const last = found.at(-1);
    if (last) cursor = { registeredAt: last.registered_at, id: last.id };
    if (!weeks) break;
  }
  return found;
}

const DAY_MS = 86_400_000;

/** The registration week that facets hold for a time: whole weeks since 1970-01-01, by its UTC date. */
export const weekOf = (registeredAt: string) => Math.floor(Date.parse(registeredAt.slice(0, 10)) / DAY_MS / 7);

/** The week of the oldest petition the dates allow (from the date index's first entry). */
async function oldestWeek(db: Kysely<DB>, q: SearchQuery): Promise<number> {
  const { rows } = await sql<{ at: string | null }>`select min(registered_at) as at from petition_search`.execute(db);
  const at = [rows[0]?.at, q.registeredFrom].filter((a): a is string => typeof a === 'string').sort().at(-1);
  return at === undefined ? Number.POSITIVE_INFINITY : weekOf(at);
}

/**
 * Whether testing more windows is expected to cost less than reading `reads` matches: a window
 * test and a match read each cost a row read (measured alike, about 12 µs at 1,000,000). The hit
 * rate so far says how many more tests the page needs; no more than the rows left in the dates.
 */
function windowsCheaper(found: number, read: number, need: number, reads: number, walked: number): boolean {
  const testsLeft = ((need - found) * read) / Math.max(found, 0.5);
  return Math.min(testsLeft, walked - read) <= reads;
}

/** The planner's estimate of the rows a statement returns (planning only, nothing is read). */
async function estimatedRows(db: Kysely<DB>, statement: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`explain (format json) ${statement}`.execute(db);
  return Number(rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
}

/**
 * Windows of the newest petitions, each tested against words and filters, until `need` of them
 * match. Windows are consecutive slices of the date order (each starts after the last row of the
 * one before), so the answer is exact; each is WINDOW_GROWTH times larger than the one before,
 * so a word in 1 % of petitions costs a few thousand tests. Stops as soon as reading `reads`
 * matches is expected to be cheaper (windowsCheaper), with where it stopped; `last` is null
 * when the page is full or the date order ends.
 */
async function newestInWindows(db: Kysely<DB>, match: Match, need: number, first: Window, reads: number, walked: number) {
  const found = [...first.matches];
  let read = first.size;
  let last = first.last;
  for (let size = read * WINDOW_GROWTH; last && windowsCheaper(found.length, read, need, reads, walked); size *= WINDOW_GROWTH) {
    const window = await windowMatches(db, match, last, need - found.length, size);
    found.push(...window.matches);
    if (found.length === need || window.size < size) return { found, last: null };
    read += window.size;
    last = window.last;
  }
  return { found, last };
}

interface Window {
  /** The first rows of the window (at most the number asked for) that match. */
  matches: PageRow[];
  /** How many petitions the window holds: fewer than asked for when the date order ends. */
  size: number;
  /** Where the window ends. */
  last: SearchCursor | null;
}

/** The newest `size` rows of petition_search after `cursor` (in the date index's order), each with whether it matches. */
function windowOf(match: Match, cursor: SearchCursor | undefined, size: number) {
  const q = { ...match.q, cursor };
  return sql`select s.petition_id as id, s.registered_at, ${matchCondition({ ...match, q }, 'test', false)} as hit
    from petition_search s where ${sql.join([sql<SqlBool>`true`, ...dateConditions(q)], sql` and `)}
    order by s.registered_at desc, s.petition_id desc limit ${size}`;
}

/** One window in one statement: its first `need` matches, its size and its last position. */
async function windowMatches(db: Kysely<DB>, match: Match, cursor: SearchCursor | undefined, need: number, size: number): Promise<Window> {
  const { rows } = await sql<{ id: string | number; registered_at: string; matched: boolean; n: string | number }>`with w as materialized (${windowOf(match, cursor, size)})
    (select id, registered_at, true as matched, 0 as n from w where hit order by registered_at desc, id desc limit ${need})
    union all
    (select id, registered_at, false, (select count(*) from w) from w order by registered_at, id limit 1)`.execute(db);
  const matches = rows.filter((r) => r.matched).map((r) => ({ id: Number(r.id), registered_at: r.registered_at }));
  const last = rows.find((r) => !r.matched);
  return { matches, size: Number(last?.n ?? 0), last: last ? { registeredAt: last.registered_at, id: Number(last.id) } : null };
}
