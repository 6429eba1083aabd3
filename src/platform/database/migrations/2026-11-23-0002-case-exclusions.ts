import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/**
 * Staff with a conflict of interest in a case are excluded from it (DOMAIN.md §4). The ids sit on
 * the case itself, so every permission check that already reads the case row sees them without
 * another query; the history of who was excluded, by whom and why is in the case's events.
 */
export async function up(database: Database): Promise<void> {
  const db = database.db as AnyDb;
  await db.schema.alterTable('petitions').addColumn('excluded_user_ids', 'text').execute(); // JSON array, or null
}
