import { type Expression, type SqlBool, sql } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';

// The only place where the two full-text engines differ. Tokens come from the segmenter and
// hold letters and digits only; they are still quoted for each query language, and always sent
// as bound parameters, so no user input can become query syntax.

/** FTS5 query: every token a quoted string, joined by implicit AND or by OR. */
export function fts5Query(tokens: readonly string[], join: 'and' | 'or'): string {
  return tokens.map((t) => `"${t.replaceAll('"', '""')}"`).join(join === 'and' ? ' ' : ' OR ');
}

/** tsquery text: every token a quoted lexeme, joined by & or |. */
export function tsQuery(tokens: readonly string[], join: 'and' | 'or'): string {
  return tokens.map((t) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`).join(join === 'and' ? ' & ' : ' | ');
}

/** `p.id` is among the petitions whose indexed text contains all `tokens`: driven by the index. */
export function idInMatches(dialect: DialectName, tokens: readonly string[]): Expression<SqlBool> {
  return dialect === 'sqlite'
    ? sql<SqlBool>`p.id in (select rowid from petition_search where petition_search match ${fts5Query(tokens, 'and')})`
    : sql<SqlBool>`p.id in (select petition_id from petition_search where document @@ to_tsquery('simple', ${tsQuery(tokens, 'and')}))`;
}

/**
 * The same condition as a membership test (SQLite): the unary + stops SQLite from driving the
 * query from the index matches, so it reads the matches once into a Bloom-filtered set and walks
 * petitions by whichever index suits the filters and the order.
 */
export function idAmongMatches(tokens: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`+p.id in (select rowid from petition_search where petition_search match ${fts5Query(tokens, 'and')})`;
}

/** Up to `cap` ids of petitions containing `tokens` (all of them, or any with 'or'), unordered. */
export function matchingIds(dialect: DialectName, tokens: readonly string[], join: 'and' | 'or', cap: number) {
  return dialect === 'sqlite'
    ? sql<{ id: number }>`select rowid as id from petition_search where petition_search match ${fts5Query(tokens, join)} limit ${cap}`
    : sql<{ id: number }>`select petition_id as id from petition_search where document @@ to_tsquery('simple', ${tsQuery(tokens, join)}) limit ${cap}`;
}

/** How many petitions contain all `tokens`, counting no further than `cap`. */
export function countMatches(dialect: DialectName, tokens: readonly string[], cap: number) {
  return sql<{ n: number }>`select count(*) as n from (${matchingIds(dialect, tokens, 'and', cap)}) m`;
}
