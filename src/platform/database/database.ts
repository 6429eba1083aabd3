import fs from 'node:fs';
import path from 'node:path';
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { openReadPool } from './read-pool.ts';
import { cachingStatements, openSqliteConnection, readNowOn } from './sqlite-connection.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /**
   * For reads that can take long — the inbox, its counts, searches: on an SQLite file, reader
   * threads (read-pool.ts) so that they do not hold up the server's thread; elsewhere `db`. Reads
   * only, never in a transaction; each sees every commit made before it.
   */
  reads: Kysely<DB>;
  /** Where the data live, for messages to the operator (file path or URL without password). */
  location: string;
  /** The SQLite file, when there is one another connection (the intake writer thread) can open. */
  file?: string | undefined;
  /**
   * SQLite only: runs a compiled read at once on the server's connection, without queueing for
   * it, and returns its rows; undefined when a transaction holds the connection (the read would
   * see its uncommitted rows) or on PostgreSQL. Then go through `db`. better-sqlite3 is
   * synchronous, so nothing can begin a transaction while the read runs. A look-up saved about a
   * fifth of its time this way (docs/PERFORMANCE.md).
   */
  readNow?<R>(query: CompiledQuery<R>): R[] | undefined;
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
  // The long reads run on the reader threads, each with its own cache: 16 MiB here and 8 MiB there
  // hold the server near 300 MB with 1,000,000 petitions (docs/PERFORMANCE.md).
  const native = openSqliteConnection(file, 16_384);
  const statements = cachingStatements(native);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: statements }) });
  const readNow = readNowOn(native, statements);
  const shared = file === ':memory:' ? undefined : path.resolve(file);
  const reads = shared ? openReadPool(shared) : db;
  const destroy = async () => {
    if (reads !== db) await reads.destroy();
    await db.destroy();
  };
  return { db, reads, dialect: 'sqlite', location: path.resolve(file), file: shared, readNow, ...closing(destroy) };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // No JIT: Redress's statements are short, and at 10,000,000 petitions their cost estimates pass
  // jit_above_cost, so compiling took longer than running (docs/PERFORMANCE.md).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle connection the server ends (restart, failover, a dropped database) must not crash the
  // process; the pool replaces it, and the next query reports any real outage.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return { db, reads: db, dialect: 'postgres', location: url.replace(/:[^:@/]+@/, ':***@'), ...closing(() => db.destroy()) };
}

/** Present for callers that need the dialect inside a migration or repository. */
export const isPostgres = (database: Pick<Database, 'dialect'>): boolean => database.dialect === 'postgres';
