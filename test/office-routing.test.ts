import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, createOrg, signInAs } from './support/factories.ts';

// A county petition office often sends a matter down to a township's petition office, which
// triages it again: routes it on to the body that can decide, or accepts it itself.
describe.each(dialects)('routing between petition offices on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let townOfficeId: number;
  let townClerk: Client;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    // No division code of its own: it serves its township's (369922100).
    townOfficeId = (await createOrg(app.ctx, { name: '青山县东岭镇信访办', kind: 'petitionOffice', parentId: c.township.id })).id;
    townClerk = await signInAs(app, { orgId: townOfficeId, roles: ['clerk'] });
  });
  afterAll(() => app?.close());

  it('lands at triage in the receiving office, which can route it on to a competent body', async () => {
    const id = (await c.clerk.post('/api/petitions', letterPetition())).body.id;
    const sent = await c.clerk.post(`/api/petitions/${id}/actions`, { type: 'forward', toOrgId: townOfficeId });
    expect(sent.status).toBe(200);
    let view = (await townClerk.get(`/api/petitions/${id}`)).body;
    expect(view).toMatchObject({ step: 'triage', holderOrgId: townOfficeId });
    const open = view.deadlines.filter((d: { closedAt: string | null }) => d.closedAt === null).map((d: { kind: string }) => d.kind);
    expect(open).toEqual(['triage']);
    expect(view.events.at(-2)).toMatchObject({ type: 'forwarded' });

    // The township office routes it on; an objection from the competent body comes back to it.
    await townClerk.post(`/api/petitions/${id}/actions`, { type: 'forward', toOrgId: c.housing.id });
    view = (await c.housingApprover.get(`/api/petitions/${id}`)).body;
    expect(view).toMatchObject({ step: 'acceptance', holderOrgId: c.housing.id, routingOrgId: townOfficeId, registeringOrgId: c.office.id });
    const objected = await c.housingApprover.post(`/api/petitions/${id}/actions`, { type: 'object', reason: '不属于本单位职责' });
    expect(objected.status).toBe(200);
    view = (await townClerk.get(`/api/petitions/${id}`)).body;
    expect(view).toMatchObject({ step: 'triage', holderOrgId: townOfficeId });
  });

  it('lets the receiving office accept the matter itself', async () => {
    const id = (await c.clerk.post('/api/petitions', letterPetition({ title: '镇区路灯损坏' }))).body.id;
    await c.clerk.post(`/api/petitions/${id}/actions`, { type: 'assign', toOrgId: townOfficeId, reportBackOn: '2026-12-20' });
    const accepted = await townClerk.post(`/api/petitions/${id}/actions`, { type: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ step: 'handling', holderOrgId: townOfficeId });
    const kinds = accepted.body.deadlines.filter((d: { closedAt: string | null }) => d.closedAt === null).map((d: { kind: string }) => d.kind).sort();
    expect(kinds).toEqual(['handling', 'reportBack']);
  });

  it('sends an online submission without a chosen office to the office of the place it concerns', async () => {
    const { channel: _channel, ...body } = letterPetition({ title: '镇上菜市场占道经营' });
    const submit = async (placeDivisionCode: string | undefined) => {
      const res = await fetch(`${app.baseUrl}/api/public/petitions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...body, placeDivisionCode, consent: true }) });
      expect(res.status).toBe(201);
      const { receiptNo } = (await res.json()) as { receiptNo: string };
      // Newest first: the submission just made.
      const newest = (await c.supervisor.get('/api/petitions?limit=1')).body.items[0] as { receiptNo: string; holderOrgId: number };
      expect(newest.receiptNo).toBe(receiptNo);
      return newest;
    };
    expect((await submit('369922100201')).holderOrgId).toBe(townOfficeId);
    expect((await submit('369922200')).holderOrgId).toBe(c.office.id);
  });
});
