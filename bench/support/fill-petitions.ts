// Fills a database with N demo petitions of the demo county, written straight into `petitions`
// (and optionally the full-text index) in batches, as a live system would have written them over
// three years. No events, deadlines or petitioners: enough for the search and the inbox.
//
// On PostgreSQL the rows go in by COPY over two connections (petitions, index), the index tokens
// are computed in worker threads, and the secondary indexes and constraints of the two tables are
// dropped for the load and rebuilt after it (foreign keys stay): the same rows and schema, 10,000,000 in well under an
// hour on two cores. On SQLite it writes batches through Kysely as before.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import { type Insertable, type Kysely, sql } from 'kysely';
import pg from 'pg';
import { type Random, createRandom, demoCounty, generatePetition } from '../../src/demo/index.ts';
import type { DialectName } from '../../src/platform/database/database.ts';
import type { DB } from '../../src/platform/database/schema.ts';
import { indexPetitions } from '../../src/search/search.repository.ts';
import { WorkerPool } from '../../src/platform/worker-threads.ts';
import { PG_ADMIN_URL } from '../../test/support/databases.ts';
import { copyField, copyIn } from './pg-copy.ts';

export interface FillOptions {
  count: number;
  /** Write the full-text index too (segmenting every petition). */
  index: boolean;
  seed?: number | undefined;
  /** Around when the last petition is registered; the first three years earlier. Default: end of 2025. */
  until?: Date | undefined;
  /** PostgreSQL: the database's URL for the COPY connections. Default: PG_ADMIN_URL's server, this database. */
  pgUrl?: string | undefined;
  /** PostgreSQL: worker threads computing index tokens. Default: 2. */
  workers?: number | undefined;
}

export interface FilledCounty {
  /** Organisation ids by demo key ('qsx.xfj'…). */
  orgIds: Map<string, number>;
  /** Materialised paths by organisation id. */
  orgPaths: Map<number, string>;
  /** The county petition office, which registered every petition. */
  office: number;
  fillMs: number;
  petitionMs: number;
  indexMs: number;
  /** PostgreSQL: rebuilding the indexes and constraints dropped for the load, then vacuum analyze. */
  rebuildMs?: number | undefined;
}

const BATCH = 1000;
const SPAN_MS = 3 * 365 * 86400_000;
const DEFAULT_START = Date.UTC(2023, 0, 1);
// Recent petitions are mostly open; older ones almost all closed, a few left overdue.
const RECENT_STEPS: readonly (readonly [string, number])[] = [['closed', 30], ['handling', 35], ['acceptance', 15], ['triage', 10], ['review', 5], ['reviewRequest', 5]];
const OLD_STEPS: readonly (readonly [string, number])[] = [['closed', 995], ['handling', 3], ['review', 2]];

/** Organisations of the demo county, with their materialised paths. */
async function insertCounty(db: Kysely<DB>): Promise<Pick<FilledCounty, 'orgIds' | 'orgPaths'>> {
  const orgIds = new Map<string, number>();
  const orgPaths = new Map<number, string>();
  for (const o of demoCounty) {
    const parentId = o.parentKey ? orgIds.get(o.parentKey) ?? null : null;
    const row = await db.insertInto('organizations')
      .values({ parent_id: parentId, name: o.name, kind: o.kind, division_code: o.divisionCode, path: '/', created_at: '2023-01-01T00:00:00.000Z' })
      .returning('id').executeTakeFirstOrThrow();
    const id = Number(row.id);
    const path = `${parentId === null ? '/' : orgPaths.get(parentId)}${id}/`;
    await db.updateTable('organizations').set({ path }).where('id', '=', id).execute();
    orgIds.set(o.key, id);
    orgPaths.set(id, path);
  }
  return { orgIds, orgPaths };
}

type Row = { row: Insertable<DB['petitions']>; text: string };

export async function fillPetitions(db: Kysely<DB>, dialect: DialectName, options: FillOptions): Promise<FilledCounty> {
  const N = options.count;
  const { orgIds, orgPaths } = await insertCounty(db);
  const office = orgIds.get('qsx.xfj') as number;
  const townshipByCode = new Map(demoCounty.filter((o) => o.kind === 'township').map((o) => [o.divisionCode, orgIds.get(o.key) as number]));

  function petitionRow(rng: Random, id: number, at: Date, recent: boolean): Row {
    const p = generatePetition(rng);
    // Most matters sit with a county department; a third with the township where they happened.
    const township = townshipByCode.get(p.placeDivisionCode);
    const holder = township !== undefined && rng.chance(0.33) ? township : orgIds.get(p.competentOrgKey) ?? office;
    const registeredOn = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const due = new Date(at.getTime() + 60 * 86400_000).toISOString().slice(0, 10);
    const first = p.petitioners[0];
    const digest = first ? crypto.createHash('sha256').update(first.idNumber ?? first.name).digest('hex').slice(0, 32) : null;
    const iso = at.toISOString();
    return {
      text: [p.title, p.request, p.content, p.respondent].join('\n'),
      row: {
        id, receipt_no: `QS${id}`, query_code_hash: 'x', channel: p.channel, category: p.category, classification: p.classification,
        title: p.title, request: p.request, content: p.content, respondent_text: p.respondent, place_division_code: p.placeDivisionCode,
        place_address: p.placeAddress, signer_count: p.signerCount, anonymous: p.anonymous ? 1 : 0, registered_at: iso, registered_on: registeredOn,
        registering_org_id: office, step: rng.weighted(recent ? RECENT_STEPS : OLD_STEPS), holder_org_id: holder, routing_org_id: holder, due_on: due,
        petitioner_digest: digest, version: 1, updated_at: iso,
      },
    };
  }

  // Petitions registered in id order over three years, as a live system would write them. The
  // batch size does not change the data: one random stream, drawn row after row.
  const rng = createRandom(options.seed ?? 20261122);
  let at = options.until ? options.until.getTime() - SPAN_MS : DEFAULT_START;
  const end = at + SPAN_MS;
  function nextBatch(from: number, size: number): Row[] {
    const batch: Row[] = [];
    for (let id = from; id < Math.min(from + size, N + 1); id++) {
      at += Math.floor(rng.next() * 2 * (SPAN_MS / N)) + 1;
      batch.push(petitionRow(rng, id, new Date(at), end - at < 60 * 86400_000));
    }
    return batch;
  }

  if (dialect === 'postgres') return { orgIds, orgPaths, office, ...(await fillPostgres(db, options, nextBatch)) };

  let indexMs = 0;
  let petitionMs = 0;
  const fillStart = performance.now();
  for (let from = 1; from <= N; from += BATCH) {
    const batch = nextBatch(from, BATCH);
    await db.transaction().execute(async (trx) => {
      const a = performance.now();
      for (let i = 0; i < batch.length; i += 500) await trx.insertInto('petitions').values(batch.slice(i, i + 500).map((b) => b.row)).execute();
      const b = performance.now();
      petitionMs += b - a;
      if (!options.index) return;
      await indexPetitions(trx, dialect, batch.map((x) => ({ petitionId: x.row.id as number, text: x.text })));
      indexMs += performance.now() - b;
    });
    if (from % 50_000 === 1 && from > 1) process.stdout.write(`  ${(from - 1).toLocaleString('en')} written\n`);
  }
  await sql`analyze`.execute(db);
  if (options.index) await sql`insert into petition_search(petition_search) values ('optimize')`.execute(db);
  return { orgIds, orgPaths, office, fillMs: performance.now() - fillStart, petitionMs, indexMs };
}

const PG_BATCH = 5000;
/** Batches on their way to the server at once (generated, being segmented or copied). */
const PG_AHEAD = 6;
const LOADED = ['petitions', 'petition_search'];

async function fillPostgres(db: Kysely<DB>, options: FillOptions, nextBatch: (from: number, size: number) => Row[]) {
  const N = options.count;
  const database = (await sql<{ name: string }>`select current_database() as name`.execute(db)).rows[0]?.name as string;
  const url = options.pgUrl ?? PG_ADMIN_URL.replace(/\/[^/]*$/, `/${database}`);
  const rowsClient = new pg.Client({ connectionString: url });
  // Computing each tsvector is the server's heaviest part of the load: two connections share it.
  const indexClients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  const segmenters = options.index ? openSegmenters(options.workers ?? 2) : null;
  const fillStart = performance.now();
  let petitionMs = 0;
  let indexMs = 0;
  try {
    for (const c of [rowsClient, ...indexClients]) {
      await c.connect();
      await politeBackend(c);
      // A bench fill: losing the last commits in a crash costs nothing. Index builds get memory.
      await c.query(`set synchronous_commit = off; set maintenance_work_mem = '2GB'; set max_parallel_maintenance_workers = 0`);
    }
    const dropped = await dropForLoad(rowsClient);
    let columns: string[] = [];
    const inFlight: Promise<unknown>[] = [];
    // One statement at a time per connection: each COPY waits for the one before it.
    let rowsDone: Promise<void> = Promise.resolve();
    const indexDone: Promise<void>[] = indexClients.map(() => Promise.resolve());
    let turn = 0;
    for (let from = 1; from <= N; from += PG_BATCH) {
      const batch = nextBatch(from, PG_BATCH);
      if (columns.length === 0) columns = Object.keys((batch[0] as Row).row);
      const rows = Buffer.from(`${batch.map((b) => columns.map((c) => copyField((b.row as Record<string, unknown>)[c])).join('\t')).join('\n')}\n`);
      rowsDone = rowsDone.then(() => copyIn(rowsClient, `copy petitions (${columns.join(', ')}) from stdin`, rows)).then(() => {
        petitionMs = performance.now() - fillStart;
      });
      if (segmenters) {
        const tokens = segmenters.tokens(batch.map((b) => b.text));
        const k = turn++ % indexClients.length;
        // After this batch's petitions: the foreign key to them stays on during the load.
        indexDone[k] = Promise.all([tokens, indexDone[k], rowsDone]).then(([t]) => {
          const data = Buffer.from(`${batch.map((b, i) => `${b.row.id}\t${copyField(t[i])}`).join('\n')}\n`);
          return copyIn(indexClients[k] as pg.Client, 'copy petition_search (petition_id, tokens) from stdin', data);
        }).then(() => {
          indexMs = performance.now() - fillStart;
        });
      }
      inFlight.push(Promise.all([rowsDone, ...indexDone]));
      while (inFlight.length >= PG_AHEAD) await inFlight.shift();
      if (from % 500_000 === 1 && from > 1) process.stdout.write(`  ${(from - 1).toLocaleString('en')} generated, ${((performance.now() - fillStart) / 1000).toFixed(0)} s\n`);
    }
    await Promise.all(inFlight);
    const rebuildStart = performance.now();
    process.stdout.write(`  ${N.toLocaleString('en')} rows in ${((rebuildStart - fillStart) / 1000).toFixed(0)} s; rebuilding indexes and constraints\n`);
    await rowsClient.query(`select setval(pg_get_serial_sequence('petitions', 'id'), ${Math.max(N, 1)})`);
    await restoreAfterLoad(rowsClient, indexClients[0] as pg.Client, dropped);
    return { fillMs: performance.now() - fillStart, petitionMs, indexMs, rebuildMs: performance.now() - rebuildStart };
  } finally {
    await segmenters?.close();
    await rowsClient.end().catch(() => {});
    for (const c of indexClients) await c.end().catch(() => {});
  }
}

/** Runs the server process behind `client` at this process's niceness and idle I/O class, if we are niced (best effort). */
export async function politeBackend(client: pg.Client): Promise<number> {
  const pid = Number((await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid);
  const mine = os.getPriority();
  if (mine > 0) {
    try {
      os.setPriority(pid, mine);
      execFileSync('ionice', ['-c3', '-p', String(pid)], { stdio: 'ignore' });
    } catch {
      // Not root, or no ionice: the backend runs at normal priority.
    }
  }
  return pid;
}

interface Dropped {
  indexes: { table: string; def: string; gin: boolean }[];
  constraints: { table: string; name: string; def: string; kind: string }[];
}

/**
 * Drops the secondary indexes and unique constraints of the loaded tables; returns how to rebuild
 * them. Foreign keys stay: checking them row by row costs less than validating each afterwards
 * with a scan of the whole table.
 */
async function dropForLoad(client: pg.Client): Promise<Dropped> {
  const constraints = (await client.query<{ table: string; name: string; def: string; kind: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def, contype as kind
       from pg_constraint where conrelid = any($1::regclass[]) and contype = 'u' order by conname`, [LOADED])).rows;
  const indexes = (await client.query<{ table: string; name: string; def: string; gin: boolean }>(
    `select c.relname as table, i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def, am.amname = 'gin' as gin
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid join pg_am am on am.oid = ic.relam
      where i.indrelid = any($1::regclass[])
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))`, [LOADED])).rows;
  const kept: Dropped = { indexes: [], constraints: [] };
  for (const k of constraints) {
    try {
      await client.query(`alter table ${k.table} drop constraint ${k.name}`);
      kept.constraints.push(k);
    } catch {
      // Something depends on it (a foreign key elsewhere): keep it during the load.
    }
  }
  for (const i of indexes) {
    await client.query(`drop index ${i.name}`);
    kept.indexes.push(i);
  }
  return kept;
}

/**
 * Rebuilds what dropForLoad dropped, then vacuums and analyses. The full-text index (one core for
 * most of the time) is built on `gin` while `other` builds the rest and vacuums the other tables.
 */
async function restoreAfterLoad(other: pg.Client, gin: pg.Client, dropped: Dropped): Promise<void> {
  const ginTables = new Set(dropped.indexes.filter((x) => x.gin).map((x) => x.table));
  await Promise.all([
    (async () => {
      // A GIN build flushes its accumulated entries into the index whenever they fill this memory;
      // each flush after the first merges into posting trees already written, which is the slow part.
      await gin.query(`set maintenance_work_mem = '8GB'`);
      for (const i of dropped.indexes.filter((x) => x.gin)) await gin.query(i.def);
      for (const table of ginTables) await gin.query(`vacuum analyze ${table}`);
    })(),
    (async () => {
      for (const k of dropped.constraints) await other.query(`alter table ${k.table} add constraint ${k.name} ${k.def}`);
      for (const i of dropped.indexes.filter((x) => !x.gin)) await other.query(i.def);
      // Then every other table, one by one.
      const tables = (await other.query<{ name: string }>(`select relname as name from pg_stat_user_tables where not relname = any($1)`, [[...ginTables]])).rows;
      for (const t of tables) await other.query(`vacuum analyze ${t.name}`);
    })(),
  ]);
}

interface Segmenters {
  tokens(texts: string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** Worker threads giving tokensForIndex's output for batches of texts, in turn. */
function openSegmenters(count: number): Segmenters {
  const pool = new WorkerPool<string[], string[]>(new URL('./segment-worker.ts', import.meta.url), count, 'segment worker');
  return { tokens: (texts) => pool.ask(texts), close: () => pool.close() };
}

/** "fill: 12.3 s; petitions rows 80,000/s, index (segment + write) 9,000/s" */
export function describeFill(count: number, f: FilledCounty): string {
  const index = f.indexMs > 0 ? `, index (segment + write) ${rate(count, f.indexMs)}/s` : ', no full-text index';
  const rebuild = f.rebuildMs !== undefined ? `; indexes and constraints rebuilt, vacuum analyze: ${(f.rebuildMs / 1000).toFixed(1)} s` : '';
  return `fill: ${(f.fillMs / 1000).toFixed(1)} s; petitions rows ${rate(count, f.petitionMs)}/s${index}${rebuild}`;
}

export function rate(n: number, ms: number): string {
  return Math.round((n / ms) * 1000).toLocaleString('en');
}
