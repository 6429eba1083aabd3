// An AppContext on a fresh SQLite database whose better-sqlite3 handle times every statement and
// every prepare, for the breakdown benchmarks. The connection is the server's: opened by
// openSqliteConnection (its pragmas), statements reused by SQL text through cachingStatements, so
// a prepare is timed only where the server would prepare, and `readNow` as in openSqlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteStatement } from 'kysely';
import { pino } from 'pino';
import { operator } from '../../src/accounts/caller.ts';
import { addOrganization } from '../../src/organizations/add-organization.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type AppContext, systemClock } from '../../src/platform/context.ts';
import { deriveKeys } from '../../src/platform/crypto.ts';
import type { Database } from '../../src/platform/database/database.ts';
import { migrateToLatest } from '../../src/platform/database/migrate.ts';
import type { DB } from '../../src/platform/database/schema.ts';
import { cachingStatements, openSqliteConnection, readNowOn } from '../../src/platform/database/sqlite-connection.ts';

export class Timings {
  readonly byKind = new Map<string, { count: number; ms: number }>();

  time<T>(kind: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      const t = this.byKind.get(kind) ?? { count: 0, ms: 0 };
      t.count += 1;
      t.ms += performance.now() - start;
      this.byKind.set(kind, t);
    }
  }

  totalMs(): number {
    return [...this.byKind.values()].reduce((s, t) => s + t.ms, 0);
  }

  /** Lines of "µs per operation, statements per operation, kind", slowest first. */
  report(operations: number): string[] {
    return [...this.byKind]
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([kind, t]) => `  ${perOperation(t.ms, operations)}  ${(t.count / operations).toFixed(1).padStart(4)}×  ${kind}`);
  }
}

export const perOperation = (ms: number, operations: number): string => `${((ms / operations) * 1000).toFixed(0).padStart(6)} µs`;

/** "insert petitions", "select chain_head", "commit"… — enough to tell the statements apart. */
function label(sqlText: string): string {
  const verb = /^\s*(\w+)/.exec(sqlText)?.[1]?.toLowerCase() ?? '?';
  const table = /\b(?:into|from|update)\s+"?(\w+)"?/i.exec(sqlText)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/**
 * Replaces `native.prepare` with one that times itself as "(prepare)" and returns statements that
 * time each run under their label. Everything else on the connection stays better-sqlite3's own.
 */
function timePrepares(native: SQLite.Database, timings: Timings): void {
  const prepare = native.prepare.bind(native);
  const timed = (sqlText: string): SqliteStatement => {
    const stmt = timings.time('(prepare)', () => prepare(sqlText));
    const kind = label(sqlText);
    return {
      reader: stmt.reader,
      all: (params) => timings.time(kind, () => stmt.all(...params)),
      run: (params) => timings.time(kind, () => stmt.run(...params)),
      iterate: (params) => timings.time(kind, () => stmt.iterate(...params)),
    };
  };
  // Kysely's driver and readNow use only `reader`, all, run and iterate of what prepare returns.
  native.prepare = timed as unknown as SQLite.Database['prepare'];
}

export interface TimedContext {
  ctx: AppContext;
  officeId: number;
  timings: Timings;
  close(): Promise<void>;
}

export async function openTimedContext(): Promise<TimedContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-breakdown-'));
  const file = path.join(dir, 'redress.db');
  // The server's connection: its pragmas and 32 MiB of page cache (openSqlite in database.ts).
  const native = openSqliteConnection(file, 32_768);
  const timings = new Timings();
  timePrepares(native, timings);
  const statements = cachingStatements(native);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: statements }) });
  const readNow = readNowOn(native, statements);
  // No reader threads and no `file`: every statement runs on this connection, in this thread
  // (with `file`, registerPetition would hand its writes to the intake writer thread), so all are timed.
  const database: Database = { db, reads: db, dialect: 'sqlite', location: file, readNow, atClose: () => {}, close: () => db.destroy() };
  await migrateToLatest(database);
  const ctx: AppContext = {
    config: { ...loadConfig({}), dataDir: dir },
    database,
    keys: deriveKeys(Buffer.alloc(32, 5)),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
  };
  const office = await addOrganization(ctx, operator, { name: '青山县信访局', kind: 'petitionOffice', parentId: null });
  return {
    ctx,
    officeId: office.id,
    timings,
    async close() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
