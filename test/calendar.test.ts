import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { anonymousClient } from './support/factories.ts';
import { dialects } from './support/databases.ts';

// Due dates beyond the last announced year are provisional until an administrator enters that
// year's official arrangement; then they are recomputed, and the case history says so.
describe.each(dialects)('calendar years and provisional due dates on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-12-20T02:00:00Z');
    c = await buildCounty(app);
  });
  afterAll(() => app?.close());

  it('marks a 2027 due date provisional and recomputes it when 2027 is entered', async () => {
    const cal = (await c.admin.get('/api/calendar')).body;
    expect(cal).toMatchObject({ bundledLastYear: 2026, lastAnnouncedYear: 2026 });

    // 15 days from 2026-12-20 is Monday 2027-01-04: computed on weekends alone for now.
    const reg = await c.clerk.post('/api/petitions', letterPetition());
    expect(reg.body.dueOn).toBe('2027-01-04');
    let view = (await c.clerk.get(`/api/petitions/${reg.body.id}`)).body;
    let triage = view.deadlines.find((d: { kind: string }) => d.kind === 'triage');
    expect(triage.provisional).toBe(true);
    expect(triage.explanation).toContain('暂定');

    expect((await c.clerk.put('/api/calendar/years/2027', { days: [] })).status).toBe(403);
    const bad = await c.admin.put('/api/calendar/years/2027', { days: [{ date: '2028-01-01', kind: 'restday', name: '元旦' }] });
    expect(bad.status).toBe(400);
    const skipped = await c.admin.put('/api/calendar/years/2028', { days: [] });
    expect(skipped.body.error.code).toBe('yearOutOfOrder');

    // Suppose the notice makes 2027-01-01 to 01-04 the New Year holiday.
    const days = ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'].map((date) => ({ date, kind: 'restday', name: '元旦' }));
    const entered = await c.admin.put('/api/calendar/years/2027', { days });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ changed: 1 });

    view = (await c.clerk.get(`/api/petitions/${reg.body.id}`)).body;
    triage = view.deadlines.find((d: { kind: string }) => d.kind === 'triage');
    expect(triage).toMatchObject({ dueOn: '2027-01-05', provisional: false });
    expect(triage.explanation).toContain('元旦');
    expect(view.dueOn).toBe('2027-01-05');
    expect(view.events.at(-1)).toMatchObject({ type: 'dueDateRecomputed', payload: { from: '2027-01-04', dueOn: '2027-01-05' } });
    expect((await c.admin.get('/api/calendar')).body.lastAnnouncedYear).toBe(2027);
  });

  it('lets an administrator change the profile limits, which apply to new periods', async () => {
    const profile = (await c.admin.get('/api/admin/profile')).body.profile;
    expect(profile.triage).toEqual({ days: 15, unit: 'calendar' });
    expect((await c.clerk.put('/api/admin/profile', { ...profile, triage: { days: 10, unit: 'working' } })).status).toBe(403);
    expect((await c.admin.put('/api/admin/profile', { ...profile, triage: { days: 0, unit: 'working' } })).status).toBe(400);
    const saved = await c.admin.put('/api/admin/profile', { ...profile, triage: { days: 10, unit: 'working' } });
    expect(saved.status).toBe(200);
    app.clock.set('2026-12-21T02:00:00Z');
    const reg = await c.clerk.post('/api/petitions', letterPetition({ title: '按工作日计算' }));
    expect(reg.body.dueOn).toBe('2027-01-06'); // 10 working days after Mon 12-21, skipping 01-01..01-04
    const pub = (await anonymousClient(app.baseUrl).get('/api/public/procedure')).body;
    expect(pub.profile.triage).toEqual({ days: 10, unit: 'working' });
  });

  it('serves health and metrics', async () => {
    const health = await anonymousClient(app.baseUrl).get('/healthz');
    expect(health.body).toEqual({ status: 'ok', database: dialect });
    const metrics = await anonymousClient(app.baseUrl).get('/metrics');
    expect(metrics.body).toContain('redress_http_requests_total');
    expect(metrics.body).toContain('redress_open_overdue_steps');
  });
});
