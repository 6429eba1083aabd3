// Minimal rows for exercising the event log: one organisation, bare petitions, and events across
// them — plus a snapshot of the log, so each tampering test starts again from an intact chain.
import type { Kysely, Selectable } from 'kysely';
import type { NewEvent } from '../../src/audit/event-log.ts';
import type { DB, EventTable } from '../../src/platform/database/schema.ts';

const now = '2026-09-28T02:00:00.000Z';

export async function insertPetitions(db: Kysely<DB>, count: number): Promise<number[]> {
  const org = await db
    .insertInto('organizations')
    .values({ parent_id: null, name: '测试县信访局', kind: 'petitionOffice', division_code: '110101', path: '/', created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const orgId = Number(org.id);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const row = await db
      .insertInto('petitions')
      .values({
        receipt_no: `T${String(i).padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`,
        query_code_hash: 'x',
        channel: 'letter',
        category: 'complaint',
        title: `事项 ${i}`,
        request: '请求',
        content: '内容',
        signer_count: 1,
        anonymous: 0,
        registered_at: now,
        registered_on: '2026-09-28',
        registering_org_id: orgId,
        step: 'triage',
        holder_org_id: orgId,
        routing_org_id: orgId,
        version: 1,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

/** `perPetition` events for each petition, interleaved round-robin as a busy office appends them. */
export function sampleEvents(petitionIds: number[], perPetition: number, tag = 'e'): NewEvent[] {
  const events: NewEvent[] = [];
  for (let k = 0; k < perPetition; k++) {
    for (const petitionId of petitionIds) {
      events.push({
        petitionId,
        type: k === 0 ? 'registered' : 'noted',
        actorKind: k % 2 === 0 ? 'staff' : 'system',
        actorUserId: null,
        actorOrgId: k % 2 === 0 ? 1 : null,
        occurredAt: new Date(Date.parse(now) + (k * 1000 + petitionId) * 1000).toISOString(),
        payload: { tag, k, note: `第${k}步：已登记、已告知`, nested: { z: [k, null], a: true } },
        public: k % 3 !== 1,
      });
    }
  }
  return events;
}

type EventRow = Selectable<EventTable>;

export async function snapshotLog(db: Kysely<DB>): Promise<{ events: EventRow[]; head: { last_event_id: number; last_hash: string } }> {
  const events = await db.selectFrom('events').selectAll().orderBy('id').execute();
  const head = await db.selectFrom('chain_head').select(['last_event_id', 'last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { events, head };
}

export async function restoreLog(db: Kysely<DB>, snapshot: Awaited<ReturnType<typeof snapshotLog>>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('events').execute();
    for (let i = 0; i < snapshot.events.length; i += 500) await trx.insertInto('events').values(snapshot.events.slice(i, i + 500)).execute();
    await trx.updateTable('chain_head').set(snapshot.head).where('id', '=', 1).execute();
  });
}

/** The columns that must come out identical from appendEvents and ChainWriter. */
export async function chainColumns(db: Kysely<DB>) {
  return db.selectFrom('events').select(['id', 'petition_id', 'seq', 'payload', 'prev_hash', 'hash', 'global_prev_hash', 'global_hash']).orderBy('id').execute();
}
