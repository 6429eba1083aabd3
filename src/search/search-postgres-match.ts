import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { checkHolderPath, OPEN_STEPS, type SearchCursor, type SearchQuery } from './search-filters.ts';
import { tsQuery } from './search-sql.ts';

// What a PostgreSQL search matches, as conditions on a petition_search row `s`, for the plans
// in search-postgres.ts and the walks in search-postgres-walks.ts.

/** What a search matches in petition_search, as SQL text for tsquery parameters. */
export interface Match {
  /** The words, as to_tsquery text. */
  words: string;
  /** The filters held in facets, as tsquery text; null without such a filter. */
  facets: string | null;
  q: SearchQuery;
}


/** The filters that facets hold, as tsquery text: each given list one OR group, the groups ANDed. False when a list is empty. */
export function facetQuery(q: SearchQuery): string | null | false {
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

/** The match narrowed by more facets (tsquery text), ANDed with its own. */
export const narrowed = (match: Match, facets: string): Match => ({
  ...match, facets: match.facets === null ? facets : `(${match.facets}) & (${facets})`,
});

/** Row `s` comes after the cursor in the search order. */
export const afterCursor = (c: SearchCursor) => sql<SqlBool>`(s.registered_at, s.petition_id) < (${c.registeredAt}, ${c.id})`;

/** Registration range and cursor on petition_search `s`: what the date index can serve. */
export function dateConditions(q: SearchQuery): RawBuilder<SqlBool>[] {
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
export function matchCondition(match: Match, how: 'index' | 'test', dates = true, words = true): RawBuilder<SqlBool> {
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


/** The planner's estimate of the rows a statement returns (planning only, nothing is read). */
export async function estimatedRows(db: Kysely<DB>, statement: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await sql<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>`explain (format json) ${statement}`.execute(db);
  return Number(rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
}
