import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';

describe.each(dialects)('supervision on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
  });
  afterAll(() => app?.close());

  it('shows overdue and due-soon steps by organisation and urges them in bulk', async () => {
    const a = (await c.clerk.post('/api/petitions', letterPetition({ title: '甲' }))).body.id;
    const b = (await c.clerk.post('/api/petitions', letterPetition({ title: '乙' }))).body.id;
    await c.clerk.post(`/api/petitions/${b}/actions`, { type: 'forward', toOrgId: c.housing.id });
    app.clock.set('2026-11-15T02:00:00Z'); // triage of 甲 due 11-17: due soon; 乙's acceptance due 11-17 too
    let view = (await c.supervisor.get('/api/supervision')).body;
    expect(view.organizations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orgId: c.office.id, overdue: 0, dueSoon: 1 }),
        expect.objectContaining({ orgId: c.housing.id, overdue: 0, dueSoon: 1 }),
      ]),
    );
    app.clock.set('2026-11-20T02:00:00Z');
    view = (await c.supervisor.get('/api/supervision')).body;
    expect(view.organizations.find((o: { orgId: number }) => o.orgId === c.office.id)).toMatchObject({ overdue: 1, dueSoon: 0 });
    expect((await c.clerk.get('/api/supervision')).status).toBe(403);

    const urged = (await c.supervisor.post('/api/petitions/urge', { ids: [a, b, 999999], note: '请尽快办理' })).body;
    expect(urged.results).toEqual([
      { id: a, ok: true },
      { id: b, ok: true },
      expect.objectContaining({ id: 999999, ok: false, code: 'notFound' }),
    ]);
    const events = (await c.supervisor.get(`/api/petitions/${a}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'urged' });
  });

  it('lists the inbox earliest due first, page by page', async () => {
    const all: { dueOn: string | null; id: number }[] = [];
    let cursor: string | null = '';
    do {
      const page: { items: { dueOn: string | null; id: number }[]; next: string | null } = (await c.supervisor.get(`/api/petitions?sort=due&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
      all.push(...page.items);
      cursor = page.next;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const dues = all.map((i) => i.dueOn ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });
});
