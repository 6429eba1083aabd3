/**
 * `redress demo`: a fictional county with its staff and N petitions registered over the last
 * years, each walked through the procedure up to now — for trying Redress and for benchmarks.
 * Workers build chunks of petitions; the main thread writes them in large transactions.
 */
import { sql } from 'kysely';
import { getWorkingCalendar } from '../calendar/calendar.service.ts';
import type { CalendarOverride } from '../calendar/index.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { getProfile } from '../petitions/profile.service.ts';
import { loadCounty } from './demo-org-loader.ts';
import type { Showcase } from './demo-plan.ts';
import { openChunkSource } from './demo-pool.ts';
import { buildTimeline, pickShowcases, type Timeline } from './demo-timeline.ts';
import type { ChunkResult, ChunkSpec, DemoSetting } from './demo-types.ts';
import { type BatchCounts, reserveReceipts, writeChunks } from './demo-writer.ts';
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
  /** Time spent building petitions (summed over workers) and writing them (main thread). */
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

/** Page cache (KiB) of a SQLite load: 1 GiB, put back to the server's setting afterwards. */
const LOAD_CACHE_KIB = 1 << 20;

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
  const chunkSize = options.chunkSize ?? 1000;
  // Large transactions write each page of the indexes fewer times over a long load; but the
  // workers build while the main thread writes only from the second transaction on, so a small
  // load is cut into at least eight.
  const perTransaction = options.chunksPerTransaction ?? Math.max(1, Math.min(20, Math.ceil(options.petitions / chunkSize / 8)));
  const specs = chunkSpecs(timeline, bases, showcases, chunkSize);
  const source = openChunkSource(setting, specs, options.workers, perTransaction + 2 * options.workers);
  const totals: BatchCounts = { petitions: 0, events: 0, documents: 0, deadlines: 0, petitioners: 0 };
  const samples: DemoReport['samples'] = [];
  let buildMs = 0;
  let writeMs = 0;
  // WAL with synchronous=NORMAL never corrupts the file; a crash may only lose the last commits
  // (of a load that is then simply run again), and commits stop waiting for fsync. The setting
  // the application runs with (FULL: every acknowledged petition durable) is put back after.
  const durability = dialect === 'sqlite' ? (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous : undefined;
  if (durability !== undefined) await sql`pragma synchronous = NORMAL`.execute(db);
  // A larger page cache for the load only: the digest indexes take rows in random order, and
  // with the default cache a large load re-reads and re-writes their pages again and again.
  const cacheSize = dialect === 'sqlite' ? (await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows[0]?.cache_size : undefined;
  if (cacheSize !== undefined) await sql.raw(`pragma cache_size = ${Math.min(Number(cacheSize), -LOAD_CACHE_KIB)}`).execute(db);
  try {
    for (;;) {
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
      buildMs += chunks.reduce((ms, c) => ms + c.buildMs, 0);
      for (const key of Object.keys(totals) as (keyof BatchCounts)[]) totals[key] += counts[key];
      for (const c of chunks.flatMap((x) => x.samples)) if (!samples.some((s) => s.showcase === c.showcase)) samples.push(c);
      onProgress?.(totals.petitions, options.petitions);
    }
  } finally {
    await source.close();
    if (durability !== undefined) await sql.raw(`pragma synchronous = ${Number(durability)}`).execute(db);
    if (cacheSize !== undefined) await sql.raw(`pragma cache_size = ${Number(cacheSize)}`).execute(db);
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
