// Where one registration's time goes, without HTTP: registerPetition called back to back on a
// fresh SQLite database whose better-sqlite3 handle is wrapped to time every statement (and every
// prepare, which Kysely's SQLite driver does for each query). The remainder is JavaScript:
// Kysely's query building, segmentation, sealing, hashing. Prints figures; asserts nothing.
//   node --import tsx bench/intake-breakdown.ts [--seconds 5] [--cache-statements]
// --cache-statements reuses prepared statements by SQL text, to size that one possible fix.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { pino } from 'pino';
import { operator } from '../src/accounts/caller.ts';
import { addOrganization } from '../src/organizations/add-organization.ts';
import { registerPetition } from '../src/petitions/register-petition.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type AppContext, systemClock } from '../src/platform/context.ts';
import { deriveKeys } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/database/database.ts';
import { migrateToLatest } from '../src/platform/database/migrate.ts';
import type { DB } from '../src/platform/database/schema.ts';
import { fmt } from './support/load.ts';
import { demoPetitions } from './support/petitions.ts';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, 'cache-statements': { type: 'boolean', default: false } } });
const seconds = Number(args.seconds);
const MAX_REGISTRATIONS = 10_000_000;

const timings = new Map<string, { count: number; ms: number }>();
const record = (kind: string, ms: number) => {
  const t = timings.get(kind) ?? { count: 0, ms: 0 };
  t.count += 1;
  t.ms += ms;
  timings.set(kind, t);
};
function timed<T>(kind: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    record(kind, performance.now() - start);
  }
}

/** "insert petitions", "select chain_head", "commit"… — enough to tell the statements apart. */
function label(sqlText: string): string {
  const verb = /^\s*(\w+)/.exec(sqlText)?.[1]?.toLowerCase() ?? '?';
  const table = /\b(?:into|from|update)\s+"?(\w+)"?/i.exec(sqlText)?.[1];
  return table ? `${verb} ${table}` : verb;
}

function timedDatabase(native: SQLite.Database, cache: boolean): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => native.close(),
    prepare(sqlText) {
      const hit = cache ? statements.get(sqlText) : undefined;
      if (hit) return hit;
      const stmt = timed('(prepare)', () => native.prepare(sqlText));
      const kind = label(sqlText);
      const wrapped: SqliteStatement = {
        reader: stmt.reader,
        all: (params) => timed(kind, () => stmt.all(...params)),
        run: (params) => timed(kind, () => stmt.run(...params)),
        iterate: (params) => timed(kind, () => stmt.iterate(...params)),
      };
      if (cache) statements.set(sqlText, wrapped);
      return wrapped;
    },
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-breakdown-'));
const native = new SQLite(path.join(dir, 'redress.db'));
// The pragmas of src/platform/database/database.ts.
native.pragma('journal_mode = WAL');
native.pragma('synchronous = FULL');
native.pragma('foreign_keys = ON');
native.pragma('busy_timeout = 5000');
native.pragma('cache_size = -65536');
const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: timedDatabase(native, args['cache-statements']) }) });
const database: Database = { db, dialect: 'sqlite', location: dir, close: () => db.destroy() };
await migrateToLatest(database);
const ctx: AppContext = {
  config: { ...loadConfig({}), dataDir: dir },
  database,
  keys: deriveKeys(Buffer.alloc(32, 5)),
  clock: systemClock,
  logger: pino({ level: 'silent' }),
};
const office = await addOrganization(ctx, operator, { name: '青山县信访局', kind: 'petitionOffice', parentId: null });

const petitions = demoPetitions(2000);
const input = (i: number) => {
  const p = petitions[i % petitions.length] as (typeof petitions)[number];
  return {
    channel: 'online' as const, category: p.category, classification: p.classification, title: p.title, request: p.request, content: p.content,
    respondentText: p.respondent, placeDivisionCode: p.placeDivisionCode, placeAddress: p.placeAddress, signerCount: p.signerCount,
    anonymous: p.anonymous, petitioners: p.petitioners, attachments: [], registeringOrgId: office.id, receivedBy: null,
    actor: { kind: 'petitioner' as const }, idempotencyKey: `breakdown-${i}`,
  };
};

// Warm-up (JIT, jieba's dictionary), then measure from clean counters.
for (let i = 0; i < 200; i++) await registerPetition(ctx, input(i));
timings.clear();
let n = 0;
const started = performance.now();
while (n < MAX_REGISTRATIONS && performance.now() - started < seconds * 1000) {
  await registerPetition(ctx, input(200 + n));
  n += 1;
}
const wallMs = performance.now() - started;
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });

const perReg = (ms: number) => `${((ms / n) * 1000).toFixed(0).padStart(6)} µs`;
const sqliteMs = [...timings.values()].reduce((s, t) => s + t.ms, 0);
console.log(`registerPetition in-process, back to back${args['cache-statements'] ? ', prepared statements cached' : ''}: ${fmt(n / (wallMs / 1000))}/s (${fmt(n)} in ${(wallMs / 1000).toFixed(1)} s)`);
console.log(`per registration: ${perReg(wallMs)} wall = ${perReg(sqliteMs)} inside better-sqlite3 + ${perReg(wallMs - sqliteMs)} JavaScript (Kysely, segmentation, sealing, hashing, promises)`);
for (const [kind, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`  ${perReg(t.ms)}  ${(t.count / n).toFixed(1).padStart(4)}×  ${kind}`);
}
