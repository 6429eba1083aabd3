// Throughput of the event log: ChainWriter bulk loading (the demo's million petitions) and
// verifyChains, on both dialects. Prints figures; asserts nothing.
//   node --import tsx bench/audit-writer.ts [petitions=200000] [events per petition=5]
import { ChainWriter } from '../src/audit/event-log.ts';
import { verifyChains } from '../src/audit/verify-chains.ts';
import type { DialectName } from '../src/platform/database/database.ts';
import { createTestDatabase } from '../test/support/databases.ts';
import { sampleEvents } from '../test/support/audit-fixtures.ts';

const petitions = Number(process.argv[2] ?? 200_000);
const perPetition = Number(process.argv[3] ?? 5);
const petitionsPerTransaction = 50_000;
const now = '2026-09-28T02:00:00.000Z';

// Wall-clock figures depend on what else the machine runs; the Node process's own CPU time does
// less so (for SQLite it includes the database's work, for PostgreSQL not the server's).
function perCpu(count: number, since: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(since);
  const seconds = (used.user + used.system) / 1e6;
  return ` (${Math.round(count / seconds)} per Node CPU-second)`;
}

async function run(dialect: DialectName): Promise<void> {
  const t = await createTestDatabase(dialect);
  try {
    const { db } = t.database;
    const org = await db.insertInto('organizations').values({ parent_id: null, name: '县信访局', kind: 'petitionOffice', division_code: null, path: '/', created_at: now }).returning('id').executeTakeFirstOrThrow();
    const orgId = Number(org.id);
    const ids: number[] = [];
    for (let i = 0; i < petitions; i += 500) {
      const rows = Array.from({ length: Math.min(500, petitions - i) }, (_, k) => ({
        receipt_no: `B${i + k}`, query_code_hash: 'x', channel: 'letter', category: 'complaint', title: 't', request: 'r', content: 'c',
        signer_count: 1, anonymous: 0, registered_at: now, registered_on: '2026-09-28', registering_org_id: orgId, step: 'triage',
        holder_org_id: orgId, routing_org_id: orgId, version: 1, updated_at: now,
      }));
      for (const r of await db.insertInto('petitions').values(rows).returning('id').execute()) ids.push(Number(r.id));
    }

    let started = performance.now();
    let cpu = process.cpuUsage();
    for (let i = 0; i < ids.length; i += petitionsPerTransaction) {
      const slice = ids.slice(i, i + petitionsPerTransaction);
      await db.transaction().execute(async (trx) => {
        const writer = await ChainWriter.open(trx, dialect);
        // As a loader produces them: one petition's whole history at a time.
        for (const id of slice) await writer.append(sampleEvents([id], perPetition, 'bench'));
        await writer.flush();
      });
    }
    const total = ids.length * perPetition;
    const writeSeconds = (performance.now() - started) / 1000;
    console.log(`${dialect}: ChainWriter ${total} events in ${writeSeconds.toFixed(1)} s = ${Math.round(total / writeSeconds)} events/s${perCpu(total, cpu)}`);

    started = performance.now();
    cpu = process.cpuUsage();
    const result = await verifyChains(t.database);
    const verifySeconds = (performance.now() - started) / 1000;
    console.log(`${dialect}: verifyChains ${result.checked} events in ${verifySeconds.toFixed(1)} s = ${Math.round(result.checked / verifySeconds)} events/s${perCpu(result.checked, cpu)}, ok=${result.ok}, rss=${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
  } finally {
    await t.drop();
  }
}

for (const dialect of ['sqlite', 'postgres'] as const) await run(dialect);
