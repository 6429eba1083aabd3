import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { writeIndexTokens } from './index-rows.ts';
import { tokensForIndex } from './segmenter.ts';

// The search context's SQL: the index writer here; the queries in search-petitions.ts and
// related.repository.ts, re-exported so callers import one module.
export type { SearchCursor, SearchQuery } from './search-filters.ts';
export { searchPetitions, type SearchResult, TOTAL_CAP } from './search-petitions.ts';
export { writeIndexTokens } from './index-rows.ts';
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

export async function removeFromIndex(trx: Executor, dialect: DialectName, petitionId: number): Promise<void> {
  if (dialect === 'sqlite') await sql`delete from petition_search where rowid = ${petitionId}`.execute(trx);
  else await trx.deleteFrom('petition_search').where('petition_id', '=', petitionId).execute();
}
