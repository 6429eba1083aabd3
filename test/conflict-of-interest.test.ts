import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, signInAs } from './support/factories.ts';

// DOMAIN.md §4: staff with a conflict of interest in a case are excluded from it.
describe.each(dialects)('excluding staff with a conflict of interest on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let handler2: Client;
  let id: number;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    handler2 = await signInAs(app, { orgId: c.housing.id, roles: ['handler'] });
    id = (await c.clerk.post('/api/petitions', letterPetition({ title: '反映小区开发商拖延交房' }))).body.id;
    await c.clerk.post(`/api/petitions/${id}/actions`, { type: 'forward', toOrgId: c.housing.id });
    await c.housingApprover.post(`/api/petitions/${id}/actions`, { type: 'accept' });
  });
  afterAll(() => app?.close());

  const userId = async (who: Client) => (await who.get('/api/session')).body.user.id as number;

  it('lets a handler withdraw from a case, which then disappears from their view and actions', async () => {
    expect((await handler2.get(`/api/petitions/${id}`)).status).toBe(200);
    const res = await handler2.post(`/api/petitions/${id}/exclusions`, { reason: '本人亲属系该小区开发商股东' });
    expect(res.status).toBe(200);
    expect((await handler2.get(`/api/petitions/${id}`)).status).toBe(404);
    const inbox = (await handler2.get('/api/petitions?limit=200')).body.items.map((i: { id: number }) => i.id);
    expect(inbox).not.toContain(id);
    expect((await handler2.post(`/api/petitions/${id}/actions`, { type: 'link', receiptNo: 'X' })).status).toBe(404);

    const view = (await c.housingApprover.get(`/api/petitions/${id}`)).body;
    expect(view.excludedStaff).toEqual([{ userId: await userId(handler2), name: expect.any(String) }]);
    expect(view.canManageExclusions).toBe(true);
    expect(view.events.at(-1)).toMatchObject({ type: 'staffExcluded', public: false });
    // The petitioner's public view says nothing about it.
  });

  it('lets the approver reinstate, and refuses others the power to exclude colleagues', async () => {
    const target = await userId(handler2);
    const byHandler = await c.housingHandler.post(`/api/petitions/${id}/exclusions`, { userId: await userId(c.housingApprover), reason: '有利害关系' });
    expect(byHandler.status).toBe(403);
    expect(byHandler.body.error.code).toBe('exclusionForbidden');
    const noReason = await c.housingApprover.post(`/api/petitions/${id}/exclusions/reinstate`, { userId: target, reason: '' });
    expect(noReason.status).toBe(400);
    expect((await handler2.get(`/api/petitions/${id}`)).status).toBe(404);
    const back = await c.housingApprover.post(`/api/petitions/${id}/exclusions/reinstate`, { userId: target, reason: '经核实无利害关系' });
    expect(back.status).toBe(200);
    expect(back.body.excludedUserIds).toEqual([]);
    expect((await handler2.get(`/api/petitions/${id}`)).status).toBe(200);
    const again = await c.housingApprover.post(`/api/petitions/${id}/exclusions/reinstate`, { userId: target, reason: '重复操作' });
    expect(again.status).toBe(409);
  });

  it('lets an approver exclude a handler, who can then not act on the case', async () => {
    const target = await userId(c.housingHandler);
    expect((await c.housingApprover.post(`/api/petitions/${id}/exclusions`, { userId: target, reason: '承办人与信访人有亲属关系' })).status).toBe(200);
    const denied = await c.housingHandler.post(`/api/petitions/${id}/actions`, { type: 'object', reason: '不属于本单位' });
    expect(denied.status).toBe(404);
    const types = (await c.auditor.get(`/api/petitions/${id}`)).body.events.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === 'staffExcluded')).toHaveLength(2);
    expect(types).toContain('staffReinstated');
  });
});
