import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './database.ts';
import * as core from './migrations/2026-11-22-0001-core.ts';
import * as reception from './migrations/2026-11-23-0001-reception.ts';
import * as exclusions from './migrations/2026-11-23-0002-case-exclusions.ts';
import * as reviewingBodies from './migrations/2026-11-23-0003-reviewing-bodies.ts';
import * as searchPostgres from './migrations/2026-11-23-0004-search-postgres.ts';
import * as searchFacets from './migrations/2026-11-23-0005-search-facets.ts';
import * as searchWeeks from './migrations/2026-11-23-0006-search-weeks.ts';

// Migrations are plain modules listed in order; each receives the dialect so that the few
// dialect-specific statements (FTS5 vs tsvector) stay inside the migration that needs them.
const all: Record<string, { up: (database: Database) => Promise<void> }> = {
  '2026-11-22-0001-core': core,
  '2026-11-23-0001-reception': reception,
  '2026-11-23-0002-case-exclusions': exclusions,
  '2026-11-23-0003-reviewing-bodies': reviewingBodies,
  '2026-11-23-0004-search-postgres': searchPostgres,
  '2026-11-23-0005-search-facets': searchFacets,
  '2026-11-23-0006-search-weeks': searchWeeks,
};

function provider(database: Database): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      // The migrator runs each migration inside its own transaction: use that connection.
      for (const [name, m] of Object.entries(all)) {
        out[name] = { up: (db) => m.up({ ...database, db: db as Database['db'] }) };
      }
      return out;
    },
  };
}

export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider: provider(database) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(database: Database): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider: provider(database) });
  const list = await migrator.getMigrations();
  return list.filter((m) => !m.executedAt).map((m) => m.name);
}
