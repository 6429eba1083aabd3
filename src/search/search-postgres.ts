import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyCursor, applyFilters, hasFilters, type SearchQuery } from './search-filters.ts';
import { afterCursor, estimatedRows, facetQuery, type Match, matchCondition } from './search-postgres-match.ts';
import { firstWindow, type HeldWeeks, pageOfCommonWord, type Window, weekRange, weeksHeld } from './search-postgres-walks.ts';
import { type Plan, type PageRow, TOTAL_CAP } from './search-page.ts';
import { tsQuery } from './search-sql.ts';

// PostgreSQL plans. Each petition_search row holds the petition's words (`document`), its filter
// values as lexemes (`facets`: step, holder, organisations above the holder, category, channel,
// registration week) and its registration time, and one GIN index covers words and facets
// (migrations 2026-11-23-0005-search-facets and 0006-search-weeks). So the matches of a word
// under a filter, or in the newest weeks, are intersected inside the index and sorted without
// reading petitions; only an overdue filter (a due date) needs them.
//
// The planner cannot be trusted to choose between reading the matches and walking by date: it
// takes words and filters as independent. Either mistake costs seconds at 10,000,000 petitions.
// So each plan here is chosen by what it will read, and each statement is written so that the
// planner has one way to run it: matches through the GIN index (ordered by an expression, which
// no index provides), or the newest rows through the date index (words tested with ts_match_vq,
// which no index matches). Its estimates serve only to choose between the two, and to know a
// common word without counting it (knownCommon).

/** The most weeks read to prove that words are in more than TOTAL_CAP petitions (manyInNewestWeeks). */
const MAX_PROOF_WEEKS = 12;

export async function postgresPlan(db: Kysely<DB>, q: SearchQuery, tokens: string[], need: number): Promise<Plan> {
  const facets = facetQuery(q);
  if (facets === false) return { rows: [], count: async () => 0 };
  const match: Match = { words: tsQuery(tokens, 'and'), facets, q };
  const common = await knownCommon(db, tokens);
  // The newest petitions are tested first: often they give the page, and how many of them hold
  // the words tells whether the newest weeks can prove the words past TOTAL_CAP.
  const first = await firstWindow(db, match, need);
  const weeks = weeksHeld(db);
  const many = common || (await manyInNewestWeeks(db, match, first, weeks));
  const few = many ? null : await fewMatches(db, match, need);
  if (few) return { rows: few.rows, count: async () => (hasFilters(q) ? few.passing : few.matches) };
  const rows = q.overdueOn === undefined ? await pageOfCommonWord(db, match, need, first, weeks) : await overdueTested(db, match, need);
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
 * Whether the newest weeks alone hold more than TOTAL_CAP petitions with the words, when the
 * first window says that a few weeks should. Proving it there costs a GIN scan of those weeks
 * and TOTAL_CAP row reads; counting all matches costs a scan of every petition of each word:
 * for two common words at 10,000,000 petitions, 7 ms against 175 ms. The window is asked, not
 * the planner, because words in one petition go together (常住 人口) or apart far more often
 * than its estimate, which takes them as independent, can say.
 */
async function manyInNewestWeeks(db: Kysely<DB>, match: Match, first: Window, heldWeeks: HeldWeeks): Promise<boolean> {
  if (first.withWords < 2) return false;
  const [held, stored] = await Promise.all([heldWeeks(), estimatedRows(db, sql`select 1 from petition_search`)]);
  if (!held) return false;
  const perWeek = ((first.withWords / first.size) * stored) / (held.newest - held.oldest + 1);
  const weeks = Math.ceil((2 * TOTAL_CAP) / perWeek);
  if (weeks > MAX_PROOF_WEEKS) return false;
  const { rows } = await sql<{ n: string | number }>`select count(*) as n from (select 1 from petition_search s
    where s.document @@ to_tsquery('simple', ${match.words}) and s.facets @@ ${tsQuery(weekRange(held.newest, weeks), 'or')}::tsquery
    limit ${TOTAL_CAP + 1}) m`.execute(db);
  return Number(rows[0]?.n ?? 0) > TOTAL_CAP;
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
