import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/accounts/actor.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { type Client, createOrg, signInAs } from './support/factories.ts';
import { dialects } from './support/databases.ts';

const roles: Role[] = ['clerk', 'handler', 'approver', 'supervisor', 'leader', 'auditor', 'admin'];

type Stage = 'triage' | 'acceptance' | 'handling' | 'undelivered' | 'delivered' | 'review';
interface Row {
  action: string;
  stage: Stage;
  /** The roles that may take it on the holder — written out here, not read from the policy. */
  allowed: Role[];
  body: (ids: { other: number; doc?: number; target: number }) => Record<string, unknown>;
}

const matrix: Row[] = [
  { action: 'forward', stage: 'triage', allowed: ['clerk', 'approver'], body: (i) => ({ type: 'forward', toOrgId: i.target }) },
  { action: 'assign', stage: 'triage', allowed: ['clerk', 'approver'], body: (i) => ({ type: 'assign', toOrgId: i.target, reportBackOn: '2026-12-30' }) },
  { action: 'accept', stage: 'triage', allowed: ['clerk', 'approver'], body: () => ({ type: 'accept' }) },
  { action: 'notAccept', stage: 'triage', allowed: ['clerk', 'approver'], body: () => ({ type: 'notAccept', reason: '属仲裁', route: 'arbitration' }) },
  { action: 'notReaccept', stage: 'triage', allowed: ['clerk', 'approver'], body: () => ({ type: 'notReaccept', reason: '已办结' }) },
  { action: 'accept', stage: 'acceptance', allowed: ['approver'], body: () => ({ type: 'accept' }) },
  { action: 'object', stage: 'acceptance', allowed: ['handler', 'approver'], body: () => ({ type: 'object', reason: '非本机关职责' }) },
  { action: 'extend', stage: 'handling', allowed: ['approver'], body: () => ({ type: 'extend', days: 10, reason: '情况复杂' }) },
  { action: 'reply', stage: 'handling', allowed: ['approver'], body: () => ({ type: 'reply', decision: 'explain', opinion: '已解释' }) },
  { action: 'deliver', stage: 'undelivered', allowed: ['clerk', 'handler', 'approver'], body: (i) => ({ type: 'deliver', documentId: i.doc, method: 'post' }) },
  { action: 'requestReview', stage: 'delivered', allowed: ['clerk'], body: () => ({ type: 'requestReview', reason: '不服' }) },
  { action: 'review', stage: 'review', allowed: ['approver'], body: () => ({ type: 'review', result: 'upheld', opinion: '维持' }) },
  { action: 'withdraw', stage: 'triage', allowed: ['clerk', 'handler'], body: () => ({ type: 'withdraw', reason: '本人撤回' }) },
  { action: 'urge', stage: 'handling', allowed: ['supervisor'], body: () => ({ type: 'urge', note: '请加快' }) },
  { action: 'instruct', stage: 'handling', allowed: ['leader'], body: () => ({ type: 'instruct', text: '请妥善处理' }) },
  { action: 'link', stage: 'triage', allowed: ['clerk', 'handler', 'approver'], body: () => ({ type: 'link', receiptNo: '' }) },
];

describe.each(dialects)('authorisation matrix on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  // Users of every role on each holder organisation, and on the same kind of organisation elsewhere.
  const inside = new Map<string, Client>();
  const outside = new Map<string, Client>();
  let linkTarget = '';

  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    const otherCounty = await createOrg(app.ctx, { name: '白石县人民政府', kind: 'government', parentId: c.city.id });
    const others = { office: await createOrg(app.ctx, { name: '白石县信访局', kind: 'petitionOffice', parentId: otherCounty.id }), housing: await createOrg(app.ctx, { name: '白石县住建局', parentId: otherCounty.id }), county: otherCounty };
    for (const role of roles) {
      for (const [key, org] of [['office', c.office], ['housing', c.housing], ['county', c.county]] as const) {
        inside.set(`${key}:${role}`, await signInAs(app, { orgId: org.id, roles: [role] }));
        outside.set(`${key}:${role}`, await signInAs(app, { orgId: others[key].id, roles: [role] }));
      }
    }
    linkTarget = (await c.clerk.post('/api/petitions', letterPetition({ title: '关联目标' }))).body.receiptNo;
  });
  afterAll(() => app?.close());

  const act = (who: Client, id: number, body: Record<string, unknown>) => who.post(`/api/petitions/${id}/actions`, body);

  /** A fresh case at the stage, and the holder organisation's key. */
  async function caseAt(stage: Stage): Promise<{ id: number; holder: 'office' | 'housing' | 'county'; doc?: number }> {
    const id = (await c.clerk.post('/api/petitions', letterPetition())).body.id as number;
    if (stage === 'triage') return { id, holder: 'office' };
    await act(c.clerk, id, { type: 'forward', toOrgId: c.housing.id });
    if (stage === 'acceptance') return { id, holder: 'housing' };
    await act(c.housingApprover, id, { type: 'accept' });
    if (stage === 'handling') return { id, holder: 'housing' };
    const view = (await act(c.housingApprover, id, { type: 'reply', decision: 'reject', opinion: '不予支持' })).body;
    const doc = view.documents.find((d: { kind: string }) => d.kind === 'replyOpinion').id as number;
    if (stage === 'undelivered') return { id, holder: 'housing', doc };
    await act(c.housingHandler, id, { type: 'deliver', documentId: doc, method: 'post' });
    if (stage === 'delivered') return { id, holder: 'housing' };
    await act(c.housingHandler, id, { type: 'requestReview', reason: '不服' });
    return { id, holder: 'county' };
  }

  for (const row of matrix) {
    it(`${row.action} at ${row.stage}: allowed for ${row.allowed.join(', ')} on the holder only`, async () => {
      for (const role of roles) {
        const k = await caseAt(row.stage);
        const body = row.body({ other: 0, doc: k.doc, target: c.township.id });
        if (row.action === 'link') body.receiptNo = linkTarget;
        const away = await act(outside.get(`${k.holder}:${role}`) as Client, k.id, body);
        expect(away.status, `${role} outside the subtree`).toBe(404);
        const res = await act(inside.get(`${k.holder}:${role}`) as Client, k.id, body);
        expect(res.status, `${role} on the holder: ${JSON.stringify(res.body.error ?? '')}`).toBe(row.allowed.includes(role) ? 200 : 403);
      }
    });
  }

  it('every role sees a case held in its subtree and no case outside it; only handlers of the case unmask', async () => {
    const k = await caseAt('handling');
    const petitionerId = (await c.housingApprover.get(`/api/petitions/${k.id}`)).body.petitioners[0].id;
    for (const role of roles) {
      expect((await (inside.get(`housing:${role}`) as Client).get(`/api/petitions/${k.id}`)).status, role).toBe(200);
      expect((await (outside.get(`housing:${role}`) as Client).get(`/api/petitions/${k.id}`)).status, role).toBe(404);
      const unmask = await (inside.get(`housing:${role}`) as Client).post(`/api/petitions/${k.id}/petitioners/${petitionerId}/unmask`, { reason: '电话联系信访人' });
      expect(unmask.status, role).toBe(['clerk', 'handler', 'approver'].includes(role) ? 200 : 403);
    }
    const log = await app.ctx.database.db.selectFrom('personal_data_access').selectAll().where('petition_id', '=', k.id).execute();
    expect(log).toHaveLength(3);
    expect(log.every((l) => l.reason === '电话联系信访人')).toBe(true);
  });

  it('only clerks register, and only for their own subtree', async () => {
    for (const role of roles) {
      const res = await (inside.get(`office:${role}`) as Client).post('/api/petitions', letterPetition());
      expect(res.status, role).toBe(role === 'clerk' ? 201 : 403);
    }
    const elsewhere = await (inside.get('office:clerk') as Client).post('/api/petitions', letterPetition({ registeringOrgId: c.housing.id }));
    expect(elsewhere.status).toBe(403);
  });
});
