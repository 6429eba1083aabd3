// Fills a database with N demo petitions of the demo county, written straight into `petitions`
// (and optionally the full-text index) in batches, as a live system would have written them over
// three years. No events, deadlines or petitioners: enough for the search and the inbox.
import crypto from 'node:crypto';
import { type Insertable, type Kysely, sql } from 'kysely';
import { type Random, createRandom, demoCounty, generatePetition } from '../../src/demo/index.ts';
import type { DialectName } from '../../src/platform/database/database.ts';
import type { DB } from '../../src/platform/database/schema.ts';
import { indexPetitions } from '../../src/search/search.repository.ts';

export interface FillOptions {
  count: number;
  /** Write the full-text index too (segmenting every petition). */
  index: boolean;
  seed?: number | undefined;
  /** Around when the last petition is registered; the first three years earlier. Default: end of 2025. */
  until?: Date | undefined;
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

export async function fillPetitions(db: Kysely<DB>, dialect: DialectName, options: FillOptions): Promise<FilledCounty> {
  const N = options.count;
  const { orgIds, orgPaths } = await insertCounty(db);
  const office = orgIds.get('qsx.xfj') as number;
  const townshipByCode = new Map(demoCounty.filter((o) => o.kind === 'township').map((o) => [o.divisionCode, orgIds.get(o.key) as number]));

  function petitionRow(rng: Random, id: number, at: Date, recent: boolean): { row: Insertable<DB['petitions']>; text: string } {
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

  // Petitions registered in id order over three years, as a live system would write them.
  const rng = createRandom(options.seed ?? 20261122);
  let at = options.until ? options.until.getTime() - SPAN_MS : DEFAULT_START;
  const end = at + SPAN_MS;
  let indexMs = 0;
  let petitionMs = 0;
  const fillStart = performance.now();
  for (let from = 1; from <= N; from += BATCH) {
    const batch: ReturnType<typeof petitionRow>[] = [];
    for (let id = from; id < Math.min(from + BATCH, N + 1); id++) {
      at += Math.floor(rng.next() * 2 * (SPAN_MS / N)) + 1;
      batch.push(petitionRow(rng, id, new Date(at), end - at < 60 * 86400_000));
    }
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
  if (dialect === 'postgres') {
    await sql`select setval(pg_get_serial_sequence('petitions', 'id'), ${N})`.execute(db);
    await sql`vacuum analyze`.execute(db);
  } else {
    await sql`analyze`.execute(db);
    if (options.index) await sql`insert into petition_search(petition_search) values ('optimize')`.execute(db);
  }
  return { orgIds, orgPaths, office, fillMs: performance.now() - fillStart, petitionMs, indexMs };
}

/** "fill: 12.3 s; petitions rows 80,000/s, index (segment + write) 9,000/s" */
export function describeFill(count: number, f: FilledCounty): string {
  const index = f.indexMs > 0 ? `, index (segment + write) ${rate(count, f.indexMs)}/s` : ', no full-text index';
  return `fill: ${(f.fillMs / 1000).toFixed(1)} s; petitions rows ${rate(count, f.petitionMs)}/s${index}`;
}

export function rate(n: number, ms: number): string {
  return Math.round((n / ms) * 1000).toLocaleString('en');
}
