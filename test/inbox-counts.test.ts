import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';

type Counts = { open: number | null; steps: { step: string; count: number | null }[] };
const countOf = (c: Counts, step: string) => c.steps.find((s) => s.step === step)?.count;

// The inbox's step tabs read their numbers from one request; each must equal what the list
// itself finds under the same filters and scope.
describe.each(dialects)('per-step counts of the inbox on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    const ids: number[] = [];
    for (const title of ['屋顶漏水', '道路积水', '墙体漏水', '物业收费']) ids.push((await c.clerk.post('/api/petitions', letterPetition({ title }))).body.id);
    await c.clerk.post(`/api/petitions/${ids[0]}/actions`, { type: 'forward', toOrgId: c.housing.id });
    await c.clerk.post(`/api/petitions/${ids[1]}/actions`, { type: 'notAccept', reason: '属于诉讼事项', route: 'litigation' });
  });
  afterAll(() => app?.close());

  it('counts every step in one request, the same as the list finds', async () => {
    const counts: Counts = (await c.supervisor.get('/api/petitions/counts')).body;
    expect(countOf(counts, 'triage')).toBe(2);
    expect(countOf(counts, 'acceptance')).toBe(1);
    expect(countOf(counts, 'closed')).toBe(1);
    expect(counts.open).toBe(3);
    for (const { step, count } of counts.steps) {
      const list = (await c.supervisor.get(`/api/petitions?step=${step}&limit=200`)).body;
      expect({ step, count }).toEqual({ step, count: list.items.length });
    }
  });

  it('applies the text and the other filters, and only the caller’s subtree', async () => {
    const text: Counts = (await c.supervisor.get(`/api/petitions/counts?q=${encodeURIComponent('漏水')}`)).body;
    expect(countOf(text, 'triage')).toBe(1);
    expect(countOf(text, 'acceptance')).toBe(1);
    expect(text.open).toBe(2);
    const housing: Counts = (await c.housingApprover.get('/api/petitions/counts')).body;
    expect(housing.open).toBe(1);
    expect(countOf(housing, 'triage')).toBe(0);
    const none: Counts = (await c.supervisor.get('/api/petitions/counts?channel=online')).body;
    expect(none.open).toBe(0);
  });

  it('refuses bad filters with a clear error and asks for a session', async () => {
    const bad = await c.supervisor.get('/api/petitions/counts?registeredFrom=yesterday');
    expect(bad.status).toBe(400);
    const res = await fetch(`${app.baseUrl}/api/petitions/counts`);
    expect(res.status).toBe(401);
  });
});
