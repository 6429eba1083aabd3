import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { tokensForIndex } from './segmenter.ts';

// The search context's SQL: the index writer here; the queries in search-petitions.ts and
// related.repository.ts, re-exported so callers import one module.
export type { SearchCursor, SearchQuery } from './search-filters.ts';
export { searchPetitions, type SearchResult, TOTAL_CAP } from './search-petitions.ts';
export { findRelatedPetitions, type RelatedPetition, type RelatedQuery } from './related.repository.ts';

type Executor = Kysely<DB>;

/** Writes (or rewrites) the searchable text of one petition; call in the petition's transaction. */
export async function indexPetition(trx: Executor, dialect: DialectName, entry: { petitionId: number; text: string }): Promise<void> {
  await indexPetitions(trx, dialect, [entry]);
}

/** Many at once (imports, demo data, re-indexing): one statement per 500 petitions. */
export async function indexPetitions(trx: Executor, dialect: DialectName, entries: readonly { petitionId: number; text: string }[]): Promise<void> {
  await writeIndexTokens(trx, dialect, entries.map((e) => ({ petitionId: e.petitionId, tokens: tokensForIndex(e.text) })));
}

const indexInserts = new Map<string, string>();

/** The multi-row insert of `rows` entries, as text: built once per size, so full batches share one prepared statement. */
function indexInsertText(dialect: DialectName, rows: number): string {
  const key = `${dialect}:${rows}`;
  let text = indexInserts.get(key);
  if (text === undefined) {
    const tuples = Array.from({ length: rows }, (_, i) => (dialect === 'sqlite' ? '(?,?)' : `($${2 * i + 1},$${2 * i + 2})`)).join(',');
    // contentless_delete=1 lets FTS5 replace a row by rowid without its old text.
    text = dialect === 'sqlite' ? `insert or replace into petition_search (rowid, tokens) values ${tuples}`
      : `insert into petition_search (petition_id, tokens) values ${tuples} on conflict (petition_id) do update set tokens = excluded.tokens`;
    indexInserts.set(key, text);
  }
  return text;
}

/**
 * The write half of indexPetitions, for loaders that segment elsewhere (the demo loader does it
 * in worker threads): `tokens` must be what tokensForIndex gives for the petition's text.
 */
export async function writeIndexTokens(trx: Executor, dialect: DialectName, entries: readonly { petitionId: number; tokens: string }[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    const slice = entries.slice(i, i + 500);
    const params: unknown[] = [];
    for (const e of slice) params.push(e.petitionId, e.tokens);
    await trx.executeQuery(CompiledQuery.raw(indexInsertText(dialect, slice.length), params));
  }
}

export async function removeFromIndex(trx: Executor, dialect: DialectName, petitionId: number): Promise<void> {
  if (dialect === 'sqlite') await sql`delete from petition_search where rowid = ${petitionId}`.execute(trx);
  else await trx.deleteFrom('petition_search').where('petition_id', '=', petitionId).execute();
}
