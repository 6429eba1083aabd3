/**
 * `redress demo`: a fictional county with its staff and N petitions registered over the last
 * years, each walked through the procedure up to now — for trying Redress and for benchmarks.
 * Workers build chunks of petitions. On SQLite they also write them, each chunk in its own
 * transaction and in order; on PostgreSQL the main thread writes them in large transactions.
 */
import { type Kysely, sql } from 'kysely';
import { getWorkingCalendar } from '../calendar/calendar.service.ts';
import type { CalendarOverride } from '../calendar/index.ts';
import type { AppContext } from '../platform/context.ts';
import type { DB } from '../platform/database/schema.ts';
import { AppError } from '../platform/errors.ts';
import { getProfile } from '../petitions/profile.service.ts';
import { loadCounty } from './demo-org-loader.ts';
import type { Showcase } from './demo-plan.ts';
import { type ChunkSource, openChunkSource } from './demo-pool.ts';
import { ChainRelay } from './demo-relay.ts';
import { buildTimeline, pickShowcases, type Timeline } from './demo-timeline.ts';
import type { BatchCounts, ChunkResult, ChunkSpec, DemoSetting } from './demo-types.ts';
import { chainPosition, reserveReceipts, writeChunks } from './demo-writer.ts';
import { createRandom } from './random.ts';

export interface DemoOptions {
  petitions: number;
  seed: number;
  years: number;
  append: boolean;
  /** Worker threads building petitions; 0 builds them on the main thread. */
  workers: number;
  password: string;
  chunkSize?: number;
  chunksPerTransaction?: number;
}

export interface DemoReport extends BatchCounts {
  seconds: number;
  /** Time spent building petitions and writing them, summed over the threads that did it. */
  buildSeconds: number;
  writeSeconds: number;
  /** CPU time of the whole process (all threads), and how busy the main thread was (0–1). */
  cpuSeconds: number;
  mainBusy: number;
  addedOrgs: number;
  addedUsers: number;
  /** One petition per showcase, with its query code, for trying the public portal. */
  samples: { receiptNo: string; queryCode: string; showcase: Showcase }[];
}

/** Page cache (KiB) of a SQLite load, for creating its indexes: 1 GiB, put back to the server's setting afterwards. */
const LOAD_CACHE_KIB = 1 << 20;
/**
 * Page cache (KiB) of each builder's connection. It lasts one chunk (the other builders write in
 * between, and SQLite then drops it), so it needs to hold only what one chunk touches.
 */
const BUILDER_CACHE_KIB = 256 << 10;

async function hasNoEvents(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('events').select('id').limit(1).executeTakeFirst()) === undefined;
}

async function startRelay(db: Kysely<DB>, chunks: number): Promise<{ relay: ChainRelay; petitionBase: number }> {
  const at = await chainPosition(db);
  return { relay: ChainRelay.create(chunks, { documentBase: at.documentBase, eventBase: at.eventBase, lastHash: at.lastHash }), petitionBase: at.petitionBase };
}

// The tables whose secondary indexes a fresh load builds once at the end: those with keys in
// random order (digests, holders). The indexes of deadlines and documents take their rows nearly in
// order and stay: kept up by the builders as they write, they cost less than reading those large
// tables again at the end, while the other core has nothing to do (docs/PERFORMANCE.md).
const REINDEXED_TABLES = ['petitions', 'petitioners'];

/**
 * Settings of a SQLite bulk load, put back by finish(): the application's own afterwards, always.
 * The builders' connections, which write the chunks, take the same journal settings (demo-store.ts).
 *
 * Any load: WAL with synchronous=NORMAL never corrupts the file; a crash may only lose the last
 * commits, and commits stop waiting for fsync. A larger page cache here, for creating indexes.
 *
 * A fresh database (no petitions and no events yet — `redress demo` on a new data directory): the
 * demo is then a bulk load of a new file, which is simply made again if the load does not finish.
 * So the rollback journal is kept in memory instead of the WAL (every page written once rather than
 * twice) with no fsync at all, and the secondary indexes of REINDEXED_TABLES are dropped and
 * created again at the end from their own stored SQL — one sort each rather than millions of
 * random inserts. finish() recreates the indexes and puts back WAL, the synchronous setting and the
 * cache, so the file is left as a load through the normal path leaves it. Only a crash of the
 * machine or of the process in the middle of the load can leave it otherwise (without some indexes,
 * or damaged): delete the file and load again.
 */
async function startBulkLoad(db: Kysely<DB>, fresh: boolean): Promise<{ finish(): Promise<void> }> {
  const pragma = async (name: string) => (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0]?.[name];
  const synchronous = Number(await pragma('synchronous'));
  const cacheSize = Number(await pragma('cache_size'));
  const journal = String(await pragma('journal_mode'));
  await sql.raw(`pragma cache_size = ${Math.min(cacheSize, -LOAD_CACHE_KIB)}`).execute(db);
  let indexes: { name: string; sql: string }[] = [];
  if (fresh) {
    await sql`pragma journal_mode = MEMORY`.execute(db);
    await sql`pragma synchronous = OFF`.execute(db);
    // Automatic indexes (primary keys, unique constraints) have no SQL and stay.
    const tables = sql.join(REINDEXED_TABLES.map((t) => sql.lit(t)));
    indexes = (await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables}) order by rowid`.execute(db)).rows;
    for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  } else {
    await sql`pragma synchronous = NORMAL`.execute(db);
  }
  return {
    async finish() {
      for (const index of indexes) await sql.raw(index.sql).execute(db);
      if (fresh) await sql.raw(`pragma journal_mode = ${journal}`).execute(db);
      await sql.raw(`pragma synchronous = ${synchronous}`).execute(db);
      await sql.raw(`pragma cache_size = ${cacheSize}`).execute(db);
    },
  };
}

export const demoNotEmpty = () =>
  new AppError('conflict', 'demoNotEmpty', {
    zh: '数据库中已有信访事项，演示数据不会与之混在一起。如确需追加，请加上 --append',
    en: 'The database already has petitions; demo data is not mixed in with them. Add --append if that is what you want',
  });

/** Chunks of `size` petitions in registration order, with their receipt numbers: XF, date, daily sequence. */
function* chunkSpecs(tl: Timeline, bases: Map<string, number>, showcases: Map<number, Showcase>, size: number): Generator<ChunkSpec> {
  let d = 0;
  for (let from = 0, index = 0; from < tl.at.length; from += size, index++) {
    const range = Array.from({ length: Math.min(size, tl.at.length - from) }, (_, k) => from + k);
    const receiptNos = range.map((i) => {
      while (i >= (tl.days[d] as Timeline['days'][number]).first + (tl.days[d] as Timeline['days'][number]).count) d++;
      const day = tl.days[d] as Timeline['days'][number];
      return `XF${day.date.replaceAll('-', '')}${String((bases.get(day.date) ?? 0) + i - day.first + 1).padStart(6, '0')}`;
    });
    yield {
      index,
      from,
      registeredAt: range.map((i) => tl.at[i] as number),
      receiptNos,
      remote: range.map((i) => tl.remote[i] === 1),
      showcases: range.flatMap((i, k): [number, Showcase][] => (showcases.has(i) ? [[k, showcases.get(i) as Showcase]] : [])),
    };
  }
}

export async function loadDemo(ctx: AppContext, options: DemoOptions, onProgress?: (done: number, total: number) => void): Promise<DemoReport> {
  const { db, dialect } = ctx.database;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  const existing = await db.selectFrom('petitions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0 && !options.append) throw demoNotEmpty();
  const county = await loadCounty(ctx, options.password);
  const [overrides, years, profile, calendar] = await Promise.all([
    db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).execute(),
    db.selectFrom('calendar_years').select('year').execute(),
    getProfile(ctx),
    getWorkingCalendar(ctx),
  ]);
  const now = ctx.clock.now().getTime();
  const setting: DemoSetting = {
    orgs: county.orgs, staff: county.staff, keys: ctx.keys, profile, now, seed: options.seed,
    calendar: { overrides: overrides as CalendarOverride[], enteredYears: years.map((y) => Number(y.year)) },
  };
  const rng = createRandom(options.seed);
  const timeline = buildTimeline(options.petitions, now, options.years, rng, calendar);
  const showcases = pickShowcases(timeline, now, rng);
  const bases = await reserveReceipts(db, timeline.days);
  // On SQLite each chunk is a transaction of its builder: small chunks leave less to each young
  // generation collection of the builders, and 250 cost less than 125 or 500-2,500 (docs/PERFORMANCE.md).
  const chunkSize = options.chunkSize ?? (dialect === 'sqlite' ? 250 : 1000);
  // PostgreSQL: large transactions write each page of the indexes fewer times over a long load;
  // but the workers build while the main thread writes only from the second transaction on, so a
  // small load is cut into at least eight.
  const perTransaction = options.chunksPerTransaction ?? Math.max(1, Math.min(20, Math.ceil(options.petitions / chunkSize / 8)));
  const specs = chunkSpecs(timeline, bases, showcases, chunkSize);
  const fresh = Number(existing.n) === 0 && (await hasNoEvents(db));
  // SQLite: the builders give the rows their ids, chain the events (demo-relay.ts) and write the
  // chunks (demo-store.ts), starting where the database stands now; each checks in its
  // transaction that it still does.
  const relay = dialect === 'sqlite' ? await startRelay(db, Math.ceil(options.petitions / chunkSize)) : undefined;
  if (relay) {
    if (!ctx.database.file) throw new Error('demo: an SQLite database in memory cannot be loaded by other connections');
    setting.chain = { relay: relay.relay.buffer, petitionBase: relay.petitionBase, store: { file: ctx.database.file, bulk: fresh, cacheKiB: BUILDER_CACHE_KIB } };
  }
  const totals: BatchCounts = { petitions: 0, events: 0, documents: 0, deadlines: 0, petitioners: 0 };
  const samples: DemoReport['samples'] = [];
  let buildMs = 0;
  let writeMs = 0;
  const add = (chunks: ChunkResult[], counts: BatchCounts) => {
    buildMs += chunks.reduce((ms, c) => ms + c.buildMs, 0);
    for (const key of Object.keys(totals) as (keyof BatchCounts)[]) totals[key] += counts[key];
    for (const c of chunks.flatMap((x) => x.samples)) if (!samples.some((s) => s.showcase === c.showcase)) samples.push(c);
    onProgress?.(totals.petitions, options.petitions);
  };
  // Before the builders open their connections: the journal settings apply to those opened after.
  const bulk = dialect === 'sqlite' ? await startBulkLoad(db, fresh) : undefined;
  let source: ChunkSource | undefined;
  try {
    source = openChunkSource(setting, specs, options.workers, relay ? 2 * options.workers + 2 : perTransaction + 2 * options.workers);
    if (relay) {
      for (let chunk = await source.next(); chunk; chunk = await source.next()) {
        writeMs += chunk.writeMs ?? 0;
        add([chunk], chunk.written as BatchCounts);
      }
    }
    while (!relay) {
      const chunks: ChunkResult[] = [];
      while (chunks.length < perTransaction) {
        const chunk = await source.next();
        if (!chunk) break;
        chunks.push(chunk);
      }
      if (chunks.length === 0) break;
      const writing = performance.now();
      const counts = await db.transaction().execute((trx) => writeChunks(trx, dialect, chunks));
      writeMs += performance.now() - writing;
      add(chunks, counts);
    }
  } finally {
    // Builders waiting for a chunk that will now never be written give up.
    relay?.relay.fail();
    await source?.close();
    await bulk?.finish();
  }
  // Fresh statistics for the planner: the tables grew from nothing to their final size. SQLite
  // samples (analysis_limit) rather than reading every index of a database of many gigabytes.
  if (dialect === 'sqlite') await sql`pragma analysis_limit = 2000`.execute(db);
  await sql`analyze`.execute(db);
  const used = process.cpuUsage(cpu);
  return {
    ...totals, seconds: (performance.now() - started) / 1000, buildSeconds: buildMs / 1000, writeSeconds: writeMs / 1000,
    cpuSeconds: (used.user + used.system) / 1e6, mainBusy: performance.eventLoopUtilization(loop).utilization, addedOrgs: county.addedOrgs, addedUsers: county.addedUsers, samples };
}
