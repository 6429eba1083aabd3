import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../src/audit/verify-chains.ts';
import { intakeWriterOf } from '../src/petitions/intake-writer.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';

// Registrations that arrive together share one durable commit on SQLite (each in its own
// savepoint); on PostgreSQL each is its own transaction. Either way, every answered receipt is
// stored, a refused registration leaves nothing behind, and the history chains stay whole.
describe.each(dialects)('registrations arriving together on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    c = await buildCounty(app);
  });
  afterAll(() => app?.close());

  it('stores every acknowledged one, none of the refused, with distinct receipts and whole chains', async () => {
    const bad = { attachments: [{ sha256: 'a'.repeat(64), name: '不存在.pdf' }] };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => c.clerk.post('/api/petitions', letterPetition({ title: `同时到达的来信${i}`, ...(i % 7 === 3 ? bad : {}) }))),
    );
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect(refused.every((r) => r.body.error.code === 'unknownAttachment')).toBe(true);
    expect(new Set(ok.map((r) => r.body.receiptNo)).size).toBe(26);

    const db = app.ctx.database.db;
    const stored = await db.selectFrom('petitions').select(['id', 'receipt_no', 'title']).where('title', 'like', '同时到达的来信%').execute();
    expect(stored.map((s) => s.receipt_no).sort()).toEqual(ok.map((r) => r.body.receiptNo).sort());
    const events = await db.selectFrom('events').select('petition_id').where('petition_id', 'in', stored.map((s) => s.id)).where('type', '=', 'registered').execute();
    expect(events).toHaveLength(26);
    const verified = await verifyChains(app.ctx.database);
    expect(verified).toMatchObject({ ok: true, problems: [] });
  });
});

// On SQLite registrations are written by the intake writer thread on its own connection, while
// every other change is written on the server's: two writers of one file and one global chain.
describe('the intake writer thread (SQLite)', () => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
    c = await buildCounty(app);
  });
  afterAll(() => app?.close());

  it('keeps one whole chain while registrations and other changes are written at the same moment', async () => {
    const earlier = await Promise.all(Array.from({ length: 10 }, (_, i) => c.clerk.post('/api/petitions', letterPetition({ title: `先到的来信${i}` }))));
    const [registered, forwarded] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => c.clerk.post('/api/petitions', letterPetition({ title: `后到的来信${i}` })))),
      Promise.all(earlier.map((r) => c.clerk.post(`/api/petitions/${r.body.id}/actions`, { type: 'forward', toOrgId: c.housing.id }))),
    ]);
    expect(registered.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(forwarded.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await verifyChains(app.ctx.database)).toMatchObject({ ok: true, problems: [] });
  });

  it('stops when no registration came for a while, and starts again with the next', async () => {
    const writer = intakeWriterOf(app.ctx.database, app.ctx.keys);
    if (!writer) throw new Error('SQLite on a file has an intake writer');
    writer.idleMs = 100;
    expect((await c.clerk.post('/api/petitions', letterPetition({ title: '停下之前' }))).status).toBe(201);
    expect(writer.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(writer.running).toBe(false);
    const after = await c.clerk.post('/api/petitions', letterPetition({ title: '重新开始之后' }));
    expect(after.status).toBe(201);
    const stored = await app.ctx.database.db.selectFrom('petitions').select('title').where('id', '=', after.body.id).executeTakeFirst();
    expect(stored?.title).toBe('重新开始之后');
  });
});
