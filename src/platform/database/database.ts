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
  /** The SQLite file, when there is one another connection (the intake writer thread) can open. */
  file?: string | undefined;
  /** Runs `fn` before the connection closes (a writer thread finishing its queue). */
  atClose(fn: () => Promise<void>): void;
  close(): Promise<void>;
}

/** close() for a Database: first what asked to run at close, then `destroy`. */
function closing(destroy: () => Promise<void>): Pick<Database, 'atClose' | 'close'> {
  const before: (() => Promise<void>)[] = [];
  return {
    atClose: (fn) => void before.push(fn),
    close: async () => {
      await Promise.all(before.splice(0).map((fn) => fn()));
      await destroy();
    },
  };
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
  const native = openSqliteConnection(file, 32_768);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(native) }) });
  return { db, dialect: 'sqlite', location: path.resolve(file), file: file === ':memory:' ? undefined : path.resolve(file), ...closing(() => db.destroy()) };
}

/** A better-sqlite3 connection with Redress's settings; `cacheKiB` of page cache. */
export function openSqliteConnection(file: string, cacheKiB: number): SQLite.Database {
  const native = new SQLite(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable, because
  // an acknowledged petition must survive a power cut.
  native.pragma('journal_mode = WAL');
  native.pragma('synchronous = FULL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  // The server's 32 MiB of page cache keeps it under 300 MB with 1,000,000 petitions (docs/PERFORMANCE.md).
  native.pragma(`cache_size = -${cacheKiB}`);
  return native;
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
    prepare(text) {
      // Two connections write (the server's and the intake writer thread's), so a transaction
      // takes the write lock when it begins: a deferred one that read the chain head could not
      // upgrade after the other committed (SQLITE_BUSY_SNAPSHOT, which no timeout retries).
      const sqlText = text === 'begin' ? 'begin immediate' : text;
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
  return { db, dialect: 'postgres', location: url.replace(/:[^:@/]+@/, ':***@'), ...closing(() => db.destroy()) };
}

/** Present for callers that need the dialect inside a migration or repository. */
export const isPostgres = (database: Pick<Database, 'dialect'>): boolean => database.dialect === 'postgres';
