// Apart from database.ts, so that the intake writer thread loads better-sqlite3 and not pg.
import SQLite from 'better-sqlite3';
import type { CompiledQuery, SqliteDatabase, SqliteStatement } from 'kysely';

/** A better-sqlite3 connection with Redress's settings; `cacheKiB` of page cache. */
export function openSqliteConnection(file: string, cacheKiB: number): SQLite.Database {
  const native = new SQLite(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable, because
  // an acknowledged petition must survive a power cut.
  native.pragma('journal_mode = WAL');
  native.pragma('synchronous = FULL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  native.pragma(`cache_size = -${cacheKiB}`);
  // A checkpoint every 10,000 WAL pages (40 MiB) rather than SQLite's 1,000: pages that many
  // registrations touch (table and index tails) are copied to the database once per checkpoint,
  // not ten times, and the writer stops for a checkpoint a tenth as often. Intake at 10
  // connections went from 504-571 to 569-801 req/s, back to back (docs/PERFORMANCE.md).
  native.pragma('wal_autocheckpoint = 10000');
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

/** `Database.readNow` for a connection and its statements (database.ts says what it is for). */
export function readNowOn(native: SQLite.Database, statements: SqliteDatabase) {
  return <R>(query: CompiledQuery<R>): R[] | undefined => {
    if (native.inTransaction) return undefined;
    const statement = statements.prepare(query.sql);
    if (!statement.reader) throw new Error('readNow runs reads only');
    return statement.all(query.parameters) as R[];
  };
}
