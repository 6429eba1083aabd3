import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** Where the data live, for messages to the operator (file path or URL without password). */
  location: string;
  close(): Promise<void>;
}

// pg returns int8 (COUNT(*), bigserial) as strings; every count here fits a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface OpenOptions {
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openSqlite(options.sqliteFile ?? './data/redress.db');
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const native = new SQLite(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable, because
  // an acknowledged petition must survive a power cut.
  native.pragma('journal_mode = WAL');
  native.pragma('synchronous = FULL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  native.pragma('cache_size = -65536');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: native }) });
  return { db, dialect: 'sqlite', location: path.resolve(file), close: () => db.destroy() };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server ends (restart, failover, a dropped database) must not crash the
  // process; the pool replaces it, and the next query reports any real outage.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return { db, dialect: 'postgres', location: url.replace(/:[^:@/]+@/, ':***@'), close: () => db.destroy() };
}

/** Present for callers that need the dialect inside a migration or repository. */
export const isPostgres = (database: Pick<Database, 'dialect'>): boolean => database.dialect === 'postgres';
