import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement, sql } from 'kysely';
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
  // 32 MiB of page cache: with 1,000,000 petitions the server then stays under 300 MB (docs/PERFORMANCE.md).
  native.pragma('cache_size = -32768');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(native) }) });
  return { db, dialect: 'sqlite', location: path.resolve(file), close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every query anew, which was a third of a public look-up's time
 * (docs/PERFORMANCE.md). Statements are reused by SQL text instead. Safe because Kysely hands the
 * single connection to one query at a time; bounded because multi-row inserts vary in text.
 */
export function cachingStatements(native: SQLite.Database, max = 1_000): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => native.close(),
    prepare(sqlText) {
      const hit = statements.get(sqlText);
      if (hit) {
        // Most recently used last, so the first key is the one to evict.
        statements.delete(sqlText);
        statements.set(sqlText, hit);
        return hit;
      }
      const statement = native.prepare(sqlText);
      if (statements.size >= max) statements.delete(statements.keys().next().value as string);
      statements.set(sqlText, statement);
      return statement;
    },
  };
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
