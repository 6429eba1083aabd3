import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/**
 * PostgreSQL search at 10,000,000 petitions (docs/PERFORMANCE.md). SQLite is left as it is: its
 * plans (src/search/search-petitions.ts) count on category and channel having no index.
 *
 * - The tsvector is stripped of positions: results are ordered by date and queries never ask
 *   for phrases, so positions only made every vector larger (same matches, same index).
 * - Rows of petition_search stay whole and uncompressed in the table up to a full page
 *   (toast_tuple_target), so testing a petition's words reads one heap tuple, with no TOAST
 *   look-up and no decompression. Past that, the token text leaves the row before the vector does.
 * - The newest petitions of a category, a channel or a holder, which a search with that filter
 *   walks when its word is common, come from an index in the search order (registered_at, id),
 *   without reading the table once it is vacuumed.
 */
export async function up(database: Database): Promise<void> {
  if (database.dialect !== 'postgres') return;
  const db = database.db as AnyDb;
  await sql`alter table petition_search set (toast_tuple_target = 8160)`.execute(db);
  await sql`alter table petition_search alter column tokens set storage external`.execute(db);
  // A generated column's expression cannot be altered in PostgreSQL 15: replace the column (this
  // rewrites the table once), then index it again.
  await sql`drop index petition_search_document`.execute(db);
  await sql`alter table petition_search drop column document,
    add column document tsvector generated always as (strip(to_tsvector('simple', tokens))) stored,
    alter column document set storage main`.execute(db);
  await sql`create index petition_search_document on petition_search using gin (document)`.execute(db);
  for (const column of ['category', 'channel', 'holder_org_id']) {
    const name = `petitions_${column === 'holder_org_id' ? 'holder' : column}_registered`;
    await db.schema.createIndex(name).on('petitions').columns([column, 'registered_at', 'id']).execute();
  }
}
