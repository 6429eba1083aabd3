import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, type DialectName, openDatabase } from '../../src/platform/database/database.ts';
import { migrateToLatest } from '../../src/platform/database/migrate.ts';

// Each suite gets its own fresh database: a new SQLite file, or a new PostgreSQL database on the
// local server, so suites run in parallel without seeing each other's rows.
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const dialects: DialectName[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  dir: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-test-'));
  if (dialect === 'sqlite') {
    const database = await openDatabase({ sqliteFile: path.join(dir, 'redress.db') });
    await migrateToLatest(database);
    return {
      database,
      url: undefined,
      dir,
      async drop() {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `redress_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  await migrateToLatest(database);
  return {
    database,
    url,
    dir,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
