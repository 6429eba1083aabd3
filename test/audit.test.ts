import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, eventHash, globalHash } from '../src/audit/event-hash.ts';
import { ChainWriter, appendEvents, listEvents } from '../src/audit/event-log.ts';
import { verifyChains } from '../src/audit/verify-chains.ts';
import type { Role } from '../src/accounts/actor.ts';
import { auditRoutes } from '../src/audit/audit.routes.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type AppContext, systemClock } from '../src/platform/context.ts';
import { deriveKeys } from '../src/platform/crypto.ts';
import { openDatabase } from '../src/platform/database/database.ts';
import { buildServer } from '../src/platform/http/server.ts';
import { chainColumns, insertPetitions, restoreLog, sampleEvents, snapshotLog } from './support/audit-fixtures.ts';
import { type TestDatabase, createTestDatabase, dialects } from './support/databases.ts';

describe.each(dialects)('the audit event log on %s', (dialect) => {
  let t: TestDatabase;
  let petitions: number[];
  let snapshot: Awaited<ReturnType<typeof snapshotLog>>;
  const db = () => t.database.db;
  const kinds = async () => (await verifyChains(t.database)).problems.map((p) => [p.kind, p.eventId, p.petitionId]);
  const eventAt = async (petitionId: number, seq: number) =>
    db().selectFrom('events').selectAll().where('petition_id', '=', petitionId).where('seq', '=', seq).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    petitions = await insertPetitions(db(), 4);
    const events = sampleEvents(petitions, 5);
    // Three transactions, as three requests would: the chains carry on across commits.
    for (const part of [events.slice(0, 1), events.slice(1, 9), events.slice(9)]) {
      await db().transaction().execute((trx) => appendEvents(trx, dialect, part));
    }
    snapshot = await snapshotLog(db());
  });
  afterEach(() => restoreLog(db(), snapshot));
  afterAll(() => t?.drop());

  it('appends each petition its own numbered history, hashes as stored', async () => {
    const history = await listEvents(db(), petitions[1] as number);
    expect(history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(history[2]?.payload).toEqual({ tag: 'e', k: 2, note: '第2步：已登记、已告知', nested: { z: [2, null], a: true } });
    expect(history[0]?.hash).toBe(eventHash(GENESIS_HASH, { ...(history[0] as (typeof history)[0]) }));
    expect(snapshot.head).toEqual({ last_event_id: 20, last_hash: snapshot.events.at(-1)?.global_hash });
  });

  it('verifies the intact log in pages, reporting progress', async () => {
    const progress: number[] = [];
    const result = await verifyChains(t.database, { pageSize: 6, onProgress: (checked, total) => progress.push(checked, total) });
    expect(result).toMatchObject({ ok: true, checked: 20, problems: [], omitted: 0, head: { eventId: 20 } });
    expect(progress).toEqual([6, 20, 12, 20, 18, 20, 20, 20]);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(appendEvents(db(), dialect, sampleEvents(petitions, 1))).rejects.toThrow(/inside the transaction/);
  });

  it('names an event whose payload was edited', async () => {
    const target = await eventAt(petitions[2] as number, 3);
    await sql`update events set payload = ${'{"tag":"e","k":2}'} where id = ${target.id}`.execute(db());
    expect(await kinds()).toEqual([['altered', target.id, petitions[2]]]);
  });

  it('names a removed middle event by petition and position', async () => {
    const target = await eventAt(petitions[0] as number, 3);
    await sql`delete from events where id = ${target.id}`.execute(db());
    const { problems } = await verifyChains(t.database);
    expect(problems).toEqual([
      { kind: 'removed', eventId: target.id + 1, petitionId: null, message: expect.stringContaining(`between event ${target.id - 1} and event ${target.id + 1}`) },
      { kind: 'removed', eventId: expect.any(Number), petitionId: petitions[0], message: expect.stringContaining('position 3') },
    ]);
  });

  it('names a forged event, with or without correctly computed hashes', async () => {
    const last = await eventAt(petitions[3] as number, 5);
    const content = { petitionId: last.petition_id, seq: 6, type: 'closed', actorKind: 'staff', actorUserId: null, actorOrgId: null, occurredAt: '2026-10-01T00:00:00.000Z', payload: {}, public: true };
    const hash = eventHash(last.hash, content);
    const forge = (globalPrev: string) => sql`insert into events (id, petition_id, seq, type, actor_kind, actor_user_id, actor_org_id, occurred_at, payload, public, prev_hash, hash, global_prev_hash, global_hash)
      values (21, ${last.petition_id}, 6, 'closed', 'staff', null, null, ${content.occurredAt}, '{}', 1, ${last.hash}, ${hash}, ${globalPrev}, ${globalHash(snapshot.head.last_hash, hash, 21)})`.execute(db());
    await forge(snapshot.head.last_hash);
    expect(await kinds()).toEqual([['inserted', 21, last.petition_id]]);
    await sql`delete from events where id = 21`.execute(db());
    await forge('f'.repeat(64));
    expect(await kinds()).toEqual([['altered', 21, last.petition_id], ['inserted', 21, last.petition_id]]);
  });

  it('detects a removed last event through the chain head', async () => {
    await sql`delete from events where id = 20`.execute(db());
    const { ok, problems } = await verifyChains(t.database);
    expect(ok).toBe(false);
    expect(problems).toEqual([{ kind: 'headMismatch', eventId: 20, petitionId: null, message: expect.stringContaining('the last event is 19') }]);
  });

  it('detects two events whose positions were swapped', async () => {
    const [a, b] = [await eventAt(petitions[1] as number, 2), await eventAt(petitions[1] as number, 4)];
    await sql`update events set seq = -1 where id = ${a.id}`.execute(db());
    await sql`update events set seq = 2 where id = ${b.id}`.execute(db());
    await sql`update events set seq = 4 where id = ${a.id}`.execute(db());
    expect(await kinds()).toEqual([['reordered', a.id, petitions[1]], ['reordered', b.id, petitions[1]]]);
  });

  it('keeps one valid global chain under 20 concurrent appenders', async () => {
    // A pool as wide as the appenders, so they really contend for the head on PostgreSQL.
    const wide = dialect === 'postgres' ? await openDatabase({ databaseUrl: t.url, poolSize: 20 }) : t.database;
    try {
      await Promise.all(Array.from({ length: 20 }, (_, i) => wide.db.transaction().execute(async (trx) => {
        const petitionId = petitions[i % 4] as number;
        await trx.updateTable('petitions').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', petitionId).execute();
        return appendEvents(trx, dialect, sampleEvents([petitionId], 3, `c${i}`));
      })));
    } finally {
      if (wide !== t.database) await wide.close();
    }
    expect(await verifyChains(t.database)).toMatchObject({ ok: true, checked: 80 });
    for (const p of petitions) expect((await listEvents(db(), p)).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('continues the chain with ChainWriter in full-size statements', async () => {
    await db().transaction().execute(async (trx) => {
      const writer = await ChainWriter.open(trx, dialect);
      await writer.append(sampleEvents(petitions, 300, 'bulk')); // 1200 rows: one full statement and a short one
      await writer.flush();
    });
    expect(await verifyChains(t.database)).toMatchObject({ ok: true, checked: 1220 });
    expect((await listEvents(db(), petitions[0] as number)).map((e) => e.seq)).toEqual(Array.from({ length: 305 }, (_, i) => i + 1));
  });

  it('writes in bulk with ChainWriter exactly the chain appendEvents writes', async () => {
    const [one, two] = [await createTestDatabase(dialect), await createTestDatabase(dialect)];
    try {
      const ids = await insertPetitions(one.database.db, 30);
      await insertPetitions(two.database.db, 30);
      // Some petitions already have a history, so the writer must read their heads.
      const before = sampleEvents(ids.slice(0, 10), 2, 'before');
      const input = sampleEvents(ids, 4, 'bulk');
      for (const d of [one, two]) await d.database.db.transaction().execute((trx) => appendEvents(trx, dialect, before));
      for (let i = 0; i < input.length; i += 25) {
        await one.database.db.transaction().execute((trx) => appendEvents(trx, dialect, input.slice(i, i + 25)));
      }
      await two.database.db.transaction().execute(async (trx) => {
        const writer = await ChainWriter.open(trx, dialect, { batchSize: 16, maxCachedHeads: 8 });
        for (let i = 0; i < input.length; i += 5) await writer.append(input.slice(i, i + 5));
        await writer.flush();
        expect(writer.written).toBe(input.length);
      });
      expect(await chainColumns(two.database.db)).toEqual(await chainColumns(one.database.db));
      expect(await snapshotLog(two.database.db).then((s) => s.head)).toEqual(await snapshotLog(one.database.db).then((s) => s.head));
      expect(await verifyChains(two.database)).toMatchObject({ ok: true, checked: 140 });
    } finally {
      await Promise.all([one.drop(), two.drop()]);
    }
  });
});

describe('GET /api/audit/verify', () => {
  let t: TestDatabase;
  let server: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    const ids = await insertPetitions(t.database.db, 2);
    await t.database.db.transaction().execute((trx) => appendEvents(trx, 'sqlite', sampleEvents(ids, 2)));
    const ctx: AppContext = { config: loadConfig({}), database: t.database, keys: deriveKeys(Buffer.alloc(32, 7)), clock: systemClock, logger: pino({ level: 'silent' }) };
    // Sessions belong to the accounts context; here the test names the caller's role in a header.
    const authenticate = async (request: FastifyRequest) => {
      const role = request.headers['x-test-role'] as Role | undefined;
      request.actor = role ? { userId: 1, username: 'u', displayName: 'U', orgId: 1, orgPath: '/1/', grants: [{ role, orgId: 1, orgPath: '/1/' }], mustChangePassword: false } : null;
    };
    server = await buildServer({ ctx, api: [auditRoutes(ctx)], authenticate, logger: false });
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('is for auditors and administrators only', async () => {
    expect((await server.inject({ method: 'GET', url: '/api/audit/verify' })).statusCode).toBe(401);
    expect((await server.inject({ method: 'GET', url: '/api/audit/verify', headers: { 'x-test-role': 'handler' } })).statusCode).toBe(403);
    for (const role of ['auditor', 'admin']) {
      const response = await server.inject({ method: 'GET', url: '/api/audit/verify', headers: { 'x-test-role': role } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ ok: true, checked: 4, problems: [], omitted: 0, head: { eventId: 4 } });
    }
  });
});
