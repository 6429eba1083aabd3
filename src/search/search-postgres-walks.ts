import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import type { SearchCursor, SearchQuery } from './search-filters.ts';
import { dateConditions, estimatedRows, type Match, matchCondition, narrowed } from './search-postgres-match.ts';
import type { PageRow } from './search-page.ts';
import { tsQuery } from './search-sql.ts';

// The newest page of words held by more than TOTAL_CAP petitions on PostgreSQL: windows of the
// newest rows tested in date order, or the matches read week by week through the GIN index.

/** The first window of newest petitions tested against the words, per page row asked for. */
const WINDOW_PER_ROW = 25;
/** Each further window is this many times larger than the one before. */
const WINDOW_GROWTH = 4;
/** Each further span of weeks whose matches are read is this many times longer than the one before. */
const WEEK_GROWTH = 4;
/**
 * The longest span of weeks read in one statement. An OR of many weeks costs the GIN index more
 * than the words alone (at 10,000,000: 16 weeks 53 ms, 64 weeks 439 ms, all weeks 138 ms).
 */
const MAX_SPAN = 16;

/**
 * More than TOTAL_CAP petitions hold the words. The newest petitions (within the filters' dates)
 * are tested in a first window, which finds the page when the words and filters are frequent
 * among them. Otherwise that window's hit rate tells how many more petitions would have to be
 * tested, and the planner's estimate how many match in a week; the cheaper of the two exact ways
 * follows: more windows, or the matches read week by week.
 */
export async function pageOfCommonWord(db: Kysely<DB>, match: Match, need: number, first: Window, weeks: HeldWeeks): Promise<PageRow[]> {
  if (first.matches.length === need || first.size < WINDOW_PER_ROW * need || !first.last) return first.matches;
  const dates = dateConditions({ ...match.q, cursor: undefined });
  const week = narrowed(match, `'week:${weekOf(first.last.registeredAt)}'`);
  const [weekly, walked] = await Promise.all([
    estimatedRows(db, sql`select 1 from petition_search s where ${matchCondition(week, 'index', false)}`),
    dates.length === 0 ? Number.POSITIVE_INFINITY : estimatedRows(db, sql`select 1 from petition_search s where ${sql.join(dates, sql` and `)}`),
  ]);
  const byWeeks = Math.max(weekly, need - first.matches.length);
  const { found, last } = await newestInWindows(db, match, need, first, byWeeks, walked);
  return last ? [...found, ...(await newestByWeeks(db, match, need - found.length, last, weekly, weeks))] : found;
}

/**
 * The matches of the words, newest first, read week by week back from `from`. Facets hold
 * each row's registration week, so the GIN index intersects the words with a span of weeks and
 * only that span's matches are read and sorted (by an expression, so that no date walk can
 * replace the index). A week holds exactly the rows whose registration time sorts within it, so
 * the answer is exact. Each span is WEEK_GROWTH times longer than the one before; after MAX_SPAN,
 * or once it would reach the oldest week, the rest are read in one statement without weeks. So
 * are they when a span the planner expected (at `weekly` a week) to fill the page held no match:
 * the filters exclude the words, and each further span would cost more than reading them all.
 */
async function newestByWeeks(db: Kysely<DB>, match: Match, need: number, from: SearchCursor, weekly: number, held: HeldWeeks): Promise<PageRow[]> {
  const found: PageRow[] = [];
  let cursor = from;
  const oldest = await oldestWeek(held, match.q);
  let span = 1;
  let excluded = false;
  for (let week = weekOf(from.registeredAt); week >= oldest && found.length < need; week -= span, span *= WEEK_GROWTH) {
    const weeks: string[] | null = week - span < oldest || span > MAX_SPAN || excluded ? null : weekRange(week, span);
    const within: Match = { ...(weeks ? narrowed(match, tsQuery(weeks, 'or')) : match), q: { ...match.q, cursor } };
    const { rows }: { rows: PageRow[] } = await sql<PageRow>`select s.petition_id as id, s.registered_at from petition_search s
      where ${matchCondition(within, 'index')}
      order by s.registered_at || '' desc, s.petition_id desc limit ${need - found.length}`.execute(db);
    found.push(...rows.map((r) => ({ id: Number(r.id), registered_at: r.registered_at })));
    // A span that did not fill the page gave all its matches: the next starts after the last.
    const last = found.at(-1);
    if (last) cursor = { registeredAt: last.registered_at, id: last.id };
    if (!weeks) break;
    excluded = rows.length === 0 && weekly * span >= need;
  }
  return found;
}

const DAY_MS = 86_400_000;

/** The registration week that facets hold for a time: whole weeks since 1970-01-01, by its UTC date. */
export const weekOf = (registeredAt: string) => Math.floor(Date.parse(registeredAt.slice(0, 10)) / DAY_MS / 7);

/** `span` week lexemes, from `week` back. */
export const weekRange = (week: number, span: number) => Array.from({ length: span }, (_, i) => `week:${week - i}`);

export type HeldWeeks = () => Promise<{ oldest: number; newest: number } | null>;

/**
 * The weeks of the oldest and newest petitions (from the date index's first and last entries),
 * read at most once per search however many steps ask.
 */
export function weeksHeld(db: Kysely<DB>): HeldWeeks {
  let read: ReturnType<HeldWeeks> | undefined;
  return () => {
    read ??= sql<{ oldest: string | null; newest: string | null }>`select min(registered_at) as oldest, max(registered_at) as newest
      from petition_search`.execute(db).then(({ rows }) => {
      const { oldest, newest } = rows[0] ?? {};
      return oldest && newest ? { oldest: weekOf(oldest), newest: weekOf(newest) } : null;
    });
    return read;
  };
}

/** The week of the oldest petition the dates allow. */
async function oldestWeek(weeks: HeldWeeks, q: SearchQuery): Promise<number> {
  const held = await weeks();
  if (!held) return Number.POSITIVE_INFINITY;
  return q.registeredFrom === undefined ? held.oldest : Math.max(held.oldest, weekOf(q.registeredFrom));
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

/** The first window of the newest petitions within the dates, from the cursor. */
export const firstWindow = (db: Kysely<DB>, match: Match, need: number) => windowMatches(db, match, match.q.cursor, need, WINDOW_PER_ROW * need);

export interface Window {
  /** The first rows of the window (at most the number asked for) that match. */
  matches: PageRow[];
  /** How many petitions the window holds: fewer than asked for when the date order ends. */
  size: number;
  /** How many of them hold the words, whatever the filters. */
  withWords: number;
  /** Where the window ends. */
  last: SearchCursor | null;
}

/** The newest `size` rows of petition_search after `cursor` (in the date index's order), each with whether it matches. */
function windowOf(match: Match, cursor: SearchCursor | undefined, size: number) {
  const q = { ...match.q, cursor };
  return sql`select s.petition_id as id, s.registered_at, ${matchCondition({ ...match, q }, 'test', false)} as hit,
      ts_match_vq(s.document, to_tsquery('simple', ${match.words})) as words
    from petition_search s where ${sql.join([sql<SqlBool>`true`, ...dateConditions(q)], sql` and `)}
    order by s.registered_at desc, s.petition_id desc limit ${size}`;
}

/** One window in one statement: its first `need` matches, its size and its last position. */
async function windowMatches(db: Kysely<DB>, match: Match, cursor: SearchCursor | undefined, need: number, size: number): Promise<Window> {
  const { rows } = await sql<{ id: string | number; registered_at: string; matched: boolean; n: string | number; w: string | number }>`with w as materialized (${windowOf(match, cursor, size)})
    (select id, registered_at, true as matched, 0 as n, 0 as w from w where hit order by registered_at desc, id desc limit ${need})
    union all
    (select id, registered_at, false, (select count(*) from w), (select count(*) from w where words) from w order by registered_at, id limit 1)`.execute(db);
  const matches = rows.filter((r) => r.matched).map((r) => ({ id: Number(r.id), registered_at: r.registered_at }));
  const last = rows.find((r) => !r.matched);
  return {
    matches, size: Number(last?.n ?? 0), withWords: Number(last?.w ?? 0),
    last: last ? { registeredAt: last.registered_at, id: Number(last.id) } : null,
  };
}
