import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/**
 * A review goes to the body one level up from the one that decided (DOMAIN.md §3). That is the
 * parent organisation unless an administrator names another: a county bureau's decisions may be
 * reviewed by the city's bureau of the same line rather than by the county government.
 */
export async function up(database: Database): Promise<void> {
  const db = database.db as AnyDb;
  await db.schema.alterTable('organizations').addColumn('reviewing_org_id', 'bigint', (c) => c.references('organizations.id')).execute();
}
