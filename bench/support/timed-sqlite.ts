// An AppContext on a fresh SQLite database whose better-sqlite3 handle times every statement and
// every prepare (Kysely's SQLite driver prepares each query anew), for the breakdown benchmarks.
// With `cacheStatements`, statements are reused by SQL text — a measurement of that possible fix.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { pino } from 'pino';
import { operator } from '../../src/accounts/caller.ts';
import { addOrganization } from '../../src/organizations/add-organization.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type AppContext, systemClock } from '../../src/platform/context.ts';
import { deriveKeys } from '../../src/platform/crypto.ts';
import type { Database } from '../../src/platform/database/database.ts';
import { migrateToLatest } from '../../src/platform/database/migrate.ts';
import type { DB } from '../../src/platform/database/schema.ts';

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

function timedDatabase(native: SQLite.Database, timings: Timings, cache: boolean): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => native.close(),
    prepare(sqlText) {
      const hit = cache ? statements.get(sqlText) : undefined;
      if (hit) return hit;
      const stmt = timings.time('(prepare)', () => native.prepare(sqlText));
      const kind = label(sqlText);
      const wrapped: SqliteStatement = {
        reader: stmt.reader,
        all: (params) => timings.time(kind, () => stmt.all(...params)),
        run: (params) => timings.time(kind, () => stmt.run(...params)),
        iterate: (params) => timings.time(kind, () => stmt.iterate(...params)),
      };
      if (cache) statements.set(sqlText, wrapped);
      return wrapped;
    },
  };
}

export interface TimedContext {
  ctx: AppContext;
  officeId: number;
  timings: Timings;
  close(): Promise<void>;
}

export async function openTimedContext(options: { cacheStatements: boolean }): Promise<TimedContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-breakdown-'));
  const native = new SQLite(path.join(dir, 'redress.db'));
  // The pragmas of src/platform/database/database.ts.
  native.pragma('journal_mode = WAL');
  native.pragma('synchronous = FULL');
  native.pragma('foreign_keys = ON');
  native.pragma('busy_timeout = 5000');
  native.pragma('cache_size = -32768');
  const timings = new Timings();
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: timedDatabase(native, timings, options.cacheStatements) }) });
  const database: Database = { db, reads: db, dialect: 'sqlite', location: dir, atClose: () => {}, close: () => db.destroy() };
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
