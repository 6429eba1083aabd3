import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, createOrg, signInAs } from './support/factories.ts';

// A review goes one level up from the body that decided: its parent, unless an administrator
// named another reviewing body (here the city's bureau of the same line, not the county government).
describe.each(dialects)('who reviews a decision, on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let cityHousingId: number;
  let cityHousing: Client;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    cityHousingId = (await createOrg(app.ctx, { name: '江州市住房和城乡建设局', kind: 'department', parentId: c.city.id })).id;
    cityHousing = await signInAs(app, { orgId: cityHousingId, roles: ['approver'] });
  });
  afterAll(() => app?.close());

  const decided = async () => {
    const id = (await c.clerk.post('/api/petitions', letterPetition())).body.id as number;
    await c.clerk.post(`/api/petitions/${id}/actions`, { type: 'forward', toOrgId: c.housing.id });
    await c.housingApprover.post(`/api/petitions/${id}/actions`, { type: 'accept' });
    const view = (await c.housingApprover.post(`/api/petitions/${id}/actions`, { type: 'reply', decision: 'reject', opinion: '经核查，不符合维修资金使用条件。' })).body;
    const reply = view.documents.find((d: { kind: string }) => d.kind === 'replyOpinion');
    await c.housingHandler.post(`/api/petitions/${id}/actions`, { type: 'deliver', documentId: reply.id, method: 'inPerson' });
    return id;
  };

  it('sends a review to the parent by default, and to the named body once an administrator names one', async () => {
    const first = await decided();
    const toParent = await c.housingHandler.post(`/api/petitions/${first}/actions`, { type: 'requestReview', reason: '对处理意见不服' });
    expect(toParent.status).toBe(200);
    expect((await c.countyApprover.get(`/api/petitions/${first}`)).body).toMatchObject({ step: 'review', holderOrgId: c.county.id });

    const named = await c.admin.put(`/api/organizations/${c.housing.id}/reviewing-body`, { reviewingOrgId: cityHousingId });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ id: c.housing.id, reviewingOrgId: cityHousingId });
    const listed = (await c.clerk.get('/api/organizations')).body.organizations.find((o: { id: number }) => o.id === c.housing.id);
    expect(listed.reviewingOrgId).toBe(cityHousingId);

    const second = await decided();
    await c.housingHandler.post(`/api/petitions/${second}/actions`, { type: 'requestReview', reason: '对处理意见不服' });
    expect((await cityHousing.get(`/api/petitions/${second}`)).body).toMatchObject({ step: 'review', holderOrgId: cityHousingId });

    // Back to the parent.
    expect((await c.admin.put(`/api/organizations/${c.housing.id}/reviewing-body`, { reviewingOrgId: null })).body.reviewingOrgId).toBeNull();
  });

  it('refuses a reviewing body inside the organisation, one it reviews, and anyone but its administrators', async () => {
    const within = await c.admin.put(`/api/organizations/${c.county.id}/reviewing-body`, { reviewingOrgId: c.housing.id });
    expect(within.status).toBe(400);
    expect(within.body.error.code).toBe('reviewingBodyWithin');
    expect((await c.admin.put(`/api/organizations/${c.housing.id}/reviewing-body`, { reviewingOrgId: cityHousingId })).status).toBe(200);
    const cycle = await c.admin.put(`/api/organizations/${cityHousingId}/reviewing-body`, { reviewingOrgId: c.housing.id }, { headers: { 'accept-language': 'en' } });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error).toMatchObject({ code: 'reviewingBodyCycle', message: expect.stringContaining('cannot review each other') });
    expect((await c.housingApprover.put(`/api/organizations/${c.housing.id}/reviewing-body`, { reviewingOrgId: null })).status).toBe(403);
    const unknown = await c.admin.put(`/api/organizations/${c.housing.id}/reviewing-body`, { reviewingOrgId: 999999 });
    expect(unknown.status).toBe(400);
    const unchanged = (await c.clerk.get('/api/organizations')).body.organizations.find((o: { id: number }) => o.id === c.housing.id);
    expect(unchanged.reviewingOrgId).toBe(cityHousingId);
  });
});
