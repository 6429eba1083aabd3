import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizeLapsed } from '../src/petitions/finalize-lapsed.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';

type Doc = { id: number; kind: string; deliveredOn: string | null };

// An anonymous letter leaves no address: its reply is kept on file, recorded as unreachable, and
// the case still reaches finality once the request window it opens has lapsed.
describe.each(dialects)('an anonymous petition’s reply on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
  });
  afterAll(() => app?.close());

  const replied = async (body: Record<string, unknown>) => {
    const id = (await c.clerk.post('/api/petitions', letterPetition(body))).body.id as number;
    await c.clerk.post(`/api/petitions/${id}/actions`, { type: 'forward', toOrgId: c.discipline.id });
    const discipline = c.countyApprover; // the county's approver covers its discipline body
    expect((await discipline.post(`/api/petitions/${id}/actions`, { type: 'accept' })).status).toBe(200);
    const view = (await discipline.post(`/api/petitions/${id}/actions`, { type: 'reply', decision: 'explain', opinion: '经核查，反映的问题部分属实，已责令整改。' })).body;
    const reply = view.documents.find((d: Doc) => d.kind === 'replyOpinion') as Doc;
    return { id, reply, discipline };
  };

  it('records the reply as unreachable, opens the window and becomes final when it lapses', async () => {
    const { id, reply, discipline } = await replied({ category: 'accusation', anonymous: true, petitioners: [], title: '反映某站所工作人员吃拿卡要' });
    const res = await discipline.post(`/api/petitions/${id}/actions`, { type: 'deliver', documentId: reply.id, method: 'unreachable' });
    expect(res.status).toBe(200);
    expect(res.body.documents.find((d: Doc) => d.id === reply.id).deliveredOn).toBe('2026-11-02');
    expect(res.body.deadlines.some((d: { kind: string; closedAt: string | null }) => d.kind === 'reviewRequest' && d.closedAt === null)).toBe(true);
    app.clock.set('2026-12-10T02:00:00Z');
    expect(await finalizeLapsed(app.ctx)).toBeGreaterThanOrEqual(1);
    const after = (await c.auditor.get(`/api/petitions/${id}`)).body;
    expect(after).toMatchObject({ step: 'closed', outcome: 'finalized' });
    // Windows to exercise a right close without being "met" or "missed" by anyone.
    const status = (kind: string) => after.deadlines.find((d: { kind: string }) => d.kind === kind)?.status;
    expect(status('reviewRequest')).toBe('closed');
    expect(status('objection')).toBe('closed');
    expect(status('handling')).toBe('met');
    app.clock.set('2026-11-02T02:00:00Z');
  });

  it('refuses "unreachable" for a petitioner who can be reached, and changes nothing', async () => {
    const { id, reply, discipline } = await replied({ title: '反映村道损坏' });
    const res = await discipline.post(`/api/petitions/${id}/actions`, { type: 'deliver', documentId: reply.id, method: 'unreachable' }, { headers: { 'accept-language': 'zh-CN' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'notAnonymous' });
    expect(res.body.error.message).toContain('匿名');
    const view = (await discipline.get(`/api/petitions/${id}`)).body;
    expect(view.documents.find((d: Doc) => d.id === reply.id).deliveredOn).toBeNull();
  });
});
