import crypto from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/accounts/password.ts';
import { listEvents } from '../src/audit/event-log.ts';
import { verifyChains } from '../src/audit/verify-chains.ts';
import { isValidIdNumber } from '../src/demo/index.ts';
import { type DemoReport, loadDemo } from '../src/demo/load-demo.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { AppContext } from '../src/platform/context.ts';
import type { DB } from '../src/platform/database/schema.ts';
import { deriveKeys } from '../src/platform/crypto.ts';
import { AppError } from '../src/platform/errors.ts';
import { currentDueOn, caseStateOf } from '../src/petitions/case-state.ts';
import { unsealPersonalData } from '../src/petitions/personal-data.ts';
import { openPublicCase, publicViewOf } from '../src/petitions/public-view.ts';
import { registerPetition } from '../src/petitions/register-petition.ts';
import { searchPetitions } from '../src/search/search.repository.ts';
import { TestClock } from './support/app.ts';
import { type TestDatabase, createTestDatabase, dialects } from './support/databases.ts';
import { replayStep, stepDeadline } from './support/demo-replay.ts';

const NOW = '2026-09-28T02:00:00Z';
const TODAY = '2026-09-28';
const PASSWORD = 'demo-password-2026';

describe.each(dialects)('redress demo on %s', (dialect) => {
  let t: TestDatabase;
  let ctx: AppContext;
  let report: DemoReport;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const config = { ...loadConfig({}), dataDir: t.dir, databaseUrl: t.url };
    ctx = { config, database: t.database, keys: deriveKeys(Buffer.alloc(32, 7)), clock: new TestClock(new Date(NOW)), logger: pino({ level: 'silent' }) };
    report = await loadDemo(ctx, { petitions: 300, seed: 7, years: 1.5, append: false, workers: 0, password: PASSWORD });
  }, 120_000);
  afterAll(async () => t?.drop());

  const db = () => ctx.database.db;

  it('loads the county, its staff and the petitions, and refuses to load twice without --append', async () => {
    expect(report.petitions).toBe(300);
    expect(report.addedOrgs).toBe(37);
    const user = await db().selectFrom('users').select('password_hash').limit(1).executeTakeFirstOrThrow();
    expect(await verifyPassword(user.password_hash, PASSWORD)).toBe(true);
    const orgs = await db().selectFrom('organizations').select(['id', 'parent_id', 'path']).execute();
    const byId = new Map(orgs.map((o) => [Number(o.id), o]));
    for (const o of orgs) expect(o.path).toBe(`${o.parent_id === null ? '/' : byId.get(Number(o.parent_id))?.path}${o.id}/`);
    await expect(loadDemo(ctx, { petitions: 10, seed: 8, years: 1, append: false, workers: 0, password: PASSWORD })).rejects.toThrow(AppError);
  });

  it('represents every step, outcome and kind of event of the procedure', async () => {
    const rows = await db().selectFrom('petitions').select(['step', 'outcome', 'evaluation', 'extended', 'due_on']).execute();
    const steps = new Set(rows.map((r) => r.step));
    for (const s of ['triage', 'acceptance', 'handling', 'reviewRequest', 'review', 'rereviewRequest', 'rereview', 'closed']) expect(steps, s).toContain(s);
    const outcomes = new Set(rows.map((r) => r.outcome));
    for (const o of ['notAccepted', 'notReaccepted', 'withdrawn', 'finalized']) expect(outcomes, o).toContain(o);
    const ratings = new Set(rows.map((r) => r.evaluation));
    for (const r of ['satisfied', 'basicallySatisfied', 'unsatisfied']) expect(ratings, r).toContain(r);
    expect(rows.some((r) => r.step === 'handling' && r.extended === 1)).toBe(true);
    expect(rows.some((r) => r.step === 'handling' && r.due_on !== null && r.due_on < TODAY)).toBe(true);
    const types = new Set((await db().selectFrom('events').select('type').distinct().execute()).map((e) => e.type));
    for (const e of ['registered', 'forwarded', 'assigned', 'accepted', 'notAccepted', 'notReaccepted', 'objected', 'extended', 'replied', 'documentIssued', 'delivered', 'evaluated', 'reviewRequested', 'reviewed', 'rereviewRequested', 'rereviewed', 'finalized', 'withdrawn', 'urged', 'instructed']) {
      expect(types, e).toContain(e);
    }
    const lapsed = await db().selectFrom('events').select('id').where('type', '=', 'finalized').where('actor_kind', '=', 'system').executeTakeFirst();
    expect(lapsed).toBeDefined();
  });

  it('stores each case as replaying its events implies, with the deadlines its step leaves open', async () => {
    const rows = await db().selectFrom('petitions').selectAll().execute();
    const deadlines = await db().selectFrom('deadlines').selectAll().execute();
    const now = Date.parse(NOW);
    for (const row of rows) {
      const events = await listEvents(db(), Number(row.id));
      const mine = deadlines.filter((d) => Number(d.petition_id) === Number(row.id));
      const replayed = replayStep(events);
      expect({ step: row.step, holder: Number(row.holder_org_id) }, row.receipt_no).toEqual(replayed);
      expect(events[0]?.type).toBe('registered');
      expect(events[0]?.occurredAt).toBe(row.registered_at);
      for (const [i, e] of events.entries()) {
        expect(Date.parse(e.occurredAt)).toBeLessThanOrEqual(now);
        if (i > 0) expect(e.occurredAt >= (events[i - 1]?.occurredAt ?? '')).toBe(true);
      }
      const state = caseStateOf(row, mine);
      expect(row.due_on).toBe(currentDueOn(state));
      const open = mine.filter((d) => d.closed_at === null);
      const expected = stepDeadline(row.step, events);
      if (expected) expect(open.filter((d) => d.kind === expected).map((d) => Number(d.holder_org_id)), row.receipt_no).toEqual([Number(row.holder_org_id)]);
      else expect(open.filter((d) => d.kind === row.step)).toEqual([]);
      if (row.step === 'closed') expect(open.every((d) => d.kind === 'instruction')).toBe(true);
      for (const d of mine.filter((x) => x.closed_at !== null)) {
        const closedOn = new Date(Date.parse(d.closed_at as string) + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(d.met).toBe(closedOn <= d.due_on ? 1 : 0);
      }
    }
  });

  it('keeps both hash chains intact', async () => {
    const result = await verifyChains(ctx.database);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checked).toBe(report.events);
  });

  // On SQLite the builders write with their own connections, and a fresh load rebuilds indexes at the end.
  it.skipIf(dialect !== 'sqlite')('leaves the SQLite file as the application leaves it: WAL, every index, every reference valid', async () => {
    const rows = async (text: string) => (await sql.raw<Record<string, unknown>>(text).execute(db())).rows;
    expect(await rows('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await rows('pragma foreign_key_check')).toEqual([]);
    expect(await rows('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const indexesOf = async (d: Kysely<DB>) =>
      (await sql<{ name: string }>`select name from sqlite_master where type = 'index' order by name`.execute(d)).rows.map((r) => r.name);
    const migrated = await createTestDatabase('sqlite');
    try {
      expect(await indexesOf(db())).toEqual(await indexesOf(migrated.database.db));
    } finally {
      await migrated.drop();
    }
  });

  it('indexes the petitions for search', async () => {
    const row = await db().selectFrom('petitions').select(['id', 'title']).orderBy('id').offset(42).limit(1).executeTakeFirstOrThrow();
    const found = await searchPetitions(db(), dialect, { text: row.title, limit: 50 });
    expect(found.ids).toContain(Number(row.id));
  });

  it('seals petitioners with the real keys: unmasked ID numbers are valid', async () => {
    const sealed = await db().selectFrom('petitioners').selectAll().where('id_number_enc', 'is not', null).limit(20).execute();
    expect(sealed.length).toBeGreaterThan(0);
    for (const p of sealed) {
      const data = unsealPersonalData({ nameEnc: p.name_enc, idNumberEnc: p.id_number_enc, phoneEnc: p.phone_enc, addressEnc: p.address_enc }, ctx.keys);
      expect(isValidIdNumber(data.idNumber ?? '')).toBe(true);
      expect(p.id_number_masked).toBe(`${data.idNumber?.slice(0, 6)}********${data.idNumber?.slice(-4)}`);
    }
  });

  it('never routes an accusation to, or lets it be held by, the organisation it accuses', async () => {
    const accusations = await db().selectFrom('petitions').select(['id', 'holder_org_id', 'respondent_org_id']).where('category', '=', 'accusation').where('respondent_org_id', 'is not', null).execute();
    expect(accusations.length).toBeGreaterThan(0);
    const paths = new Map((await db().selectFrom('organizations').select(['id', 'path']).execute()).map((o) => [Number(o.id), o.path]));
    const inside = (org: unknown, respondent: unknown) => (paths.get(Number(org)) ?? '').startsWith(paths.get(Number(respondent)) ?? '-');
    for (const a of accusations) {
      expect(inside(a.holder_org_id, a.respondent_org_id)).toBe(false);
      for (const e of await listEvents(db(), Number(a.id))) {
        if (e.payload.toOrgId !== undefined) expect(inside(e.payload.toOrgId, a.respondent_org_id)).toBe(false);
      }
    }
  });

  it('issues documents as the app does and opens the portal with the printed codes', async () => {
    const docs = await db().selectFrom('documents').innerJoin('petitions', 'petitions.id', 'documents.petition_id').select(['body', 'sha256', 'channel', 'issued_at', 'delivered_at', 'delivery_method']).execute();
    for (const d of docs) {
      expect(d.sha256).toBe(crypto.createHash('sha256').update(d.body, 'utf8').digest('hex'));
      if (d.channel === 'online') expect([d.delivered_at, d.delivery_method]).toEqual([d.issued_at, 'online']);
      else if (d.delivered_at) expect(d.delivery_method).toBe('post');
    }
    expect(report.samples.length).toBeGreaterThan(10);
    for (const s of report.samples) expect((await publicViewOf(ctx, await openPublicCase(ctx, s.receiptNo, s.queryCode), 'zh-CN')).receiptNo).toBe(s.receiptNo);
  });

  it('numbers receipts by day and leaves the counters so that new registrations continue', async () => {
    const rows = await db().selectFrom('petitions').select(['receipt_no', 'registered_on']).execute();
    for (const r of rows) expect(r.receipt_no.slice(0, 10)).toBe(`XF${r.registered_on.replaceAll('-', '')}`);
    const today = rows.filter((r) => r.registered_on === TODAY).length;
    const office = await db().selectFrom('organizations').select('id').where('name', '=', '青山县信访局').executeTakeFirstOrThrow();
    const receipt = await registerPetition(ctx, {
      channel: 'letter', category: 'suggestion', title: '建议增设公交站点', request: '请增设站点', content: '小区附近没有公交站。', anonymous: false,
      petitioners: [{ name: '张三' }], attachments: [], registeringOrgId: Number(office.id), receivedBy: null, actor: { kind: 'petitioner' },
    });
    expect(receipt.receiptNo).toBe(`XF${TODAY.replaceAll('-', '')}${String(today + 1).padStart(6, '0')}`);
  });

  it('appends with --append, reusing the county', async () => {
    const more = await loadDemo(ctx, { petitions: 40, seed: 9, years: 0.2, append: true, workers: dialect === 'sqlite' ? 1 : 0, password: PASSWORD });
    expect(more.addedOrgs).toBe(0);
    expect(more.addedUsers).toBe(0);
    expect((await verifyChains(ctx.database)).ok).toBe(true);
  }, 60_000);
});
