import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition, VALID_ID } from './support/county.ts';
import { anonymousClient } from './support/factories.ts';
import { dialects } from './support/databases.ts';

// A petition walked through the whole procedure by the people who handle it, over real HTTP on
// a real database, with the clock moved across the National Day holiday and past the windows.
describe.each(dialects)('the procedure end to end on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    c = await buildCounty(app);
  });
  afterAll(() => app?.close());

  const act = (who: County[keyof County], id: number, body: Record<string, unknown>) => (who as County['clerk']).post(`/api/petitions/${id}/actions`, body);

  it('registers, forwards, accepts, extends, replies, delivers, is rated, reviewed, and becomes final', async () => {
    // Saturday 2026-09-19, 10:00 in Shanghai: triage is due 15 days later, 2026-10-04, inside
    // the National Day holiday, so it moves to the next working day.
    app.clock.set('2026-09-19T02:00:00Z');
    const reg = await c.clerk.post('/api/petitions', letterPetition(), { headers: { 'idempotency-key': 'letter-0001' } });
    expect(reg.status).toBe(201);
    expect(reg.body.receiptNo).toMatch(/^XF20260919\d{6}$/);
    expect(reg.body.queryCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(reg.body.dueOn).toBe('2026-10-08');
    const id = reg.body.id as number;

    // A double click with the same key registers nothing new and returns the same receipt.
    const again = await c.clerk.post('/api/petitions', letterPetition(), { headers: { 'idempotency-key': 'letter-0001' } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id, receiptNo: reg.body.receiptNo, queryCode: reg.body.queryCode, replayed: true });
    const count = await app.ctx.database.db.selectFrom('petitions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    let view = (await c.clerk.get(`/api/petitions/${id}`)).body;
    expect(view.step).toBe('triage');
    const triage = view.deadlines.find((d: { kind: string }) => d.kind === 'triage');
    expect(triage.dueOn).toBe('2026-10-08');
    expect(triage.explanation).toContain('国庆');
    expect(view.petitioners[0]).toMatchObject({ name: '李**', idNumber: '369922********0027', phone: '138****5678' });
    expect(JSON.stringify(view)).not.toContain(VALID_ID);

    app.clock.set('2026-09-21T02:00:00Z');
    view = (await act(c.clerk, id, { type: 'forward', toOrgId: c.housing.id })).body;
    expect(view).toMatchObject({ step: 'acceptance', holderOrgId: c.housing.id });
    expect(view.documents.map((d: { kind: string }) => d.kind)).toEqual(['forwardNotice']);

    // The office's clerk no longer holds the case; the competent body's approver accepts it.
    expect((await act(c.clerk, id, { type: 'accept' })).status).toBe(403);
    app.clock.set('2026-09-22T02:00:00Z');
    view = (await act(c.housingApprover, id, { type: 'accept' })).body;
    expect(view.step).toBe('handling');
    const handling = view.deadlines.find((d: { kind: string; open: boolean }) => d.kind === 'handling' && d.open);
    expect(handling.dueOn).toBe('2026-11-23'); // 60 days → Sat 11-21 → Monday

    expect((await act(c.housingHandler, id, { type: 'extend', days: 30, reason: '需现场勘查' })).status).toBe(403);
    const noReason = await act(c.housingApprover, id, { type: 'extend', days: 30, reason: '' });
    expect(noReason.status).toBe(400);
    view = (await act(c.housingApprover, id, { type: 'extend', days: 30, reason: '需委托第三方检测电梯' })).body;
    expect(view.extended).toBe(true);
    expect(view.deadlines.find((d: { kind: string; open: boolean }) => d.kind === 'handling' && d.open).dueOn).toBe('2026-12-21');

    app.clock.set('2026-10-20T02:00:00Z');
    view = (await act(c.housingApprover, id, { type: 'reply', decision: 'support', opinion: '已责令物业公司于十日内修复电梯。' })).body;
    expect(view.step).toBe('reviewRequest');
    const reply = view.documents.find((d: { kind: string }) => d.kind === 'replyOpinion');
    expect(reply.body).toContain('请求复查');
    expect(reply.deliveredOn).toBeNull();

    // The petitioner's view before delivery: no review yet.
    const portal = anonymousClient(app.baseUrl);
    const creds = { receiptNo: reg.body.receiptNo, queryCode: reg.body.queryCode };
    let pub = (await portal.post('/api/public/lookup', creds)).body;
    expect(pub).toMatchObject({ step: 'reviewRequest', holderOrgName: '青山县住房和城乡建设局' });
    expect(pub.review.canRequestReview).toBe(false);
    expect(JSON.stringify(pub)).not.toContain('李秀英');

    app.clock.set('2026-10-25T02:00:00Z');
    const early = await act(c.housingHandler, id, { type: 'deliver', documentId: reply.id, method: 'post', deliveredOn: '2026-10-26' });
    expect(early.body.error.code).toBe('deliveryInFuture');
    view = (await act(c.housingHandler, id, { type: 'deliver', documentId: reply.id, method: 'post', deliveredOn: '2026-10-22' })).body;
    expect(view.documents.find((d: { kind: string }) => d.kind === 'replyOpinion').deliveredOn).toBe('2026-10-22');
    pub = (await portal.post('/api/public/lookup', creds)).body;
    expect(pub.review).toMatchObject({ canRequestReview: true, windowEndsOn: '2026-11-23' });
    // Each due date says whose it is.
    expect(pub.deadlines.find((d: { kind: string }) => d.kind === 'reviewRequest')).toMatchObject({ dueOn: '2026-11-23', holderOrgName: '青山县住房和城乡建设局' });
    expect(pub.review.daysLeft).toBe(29);
    // Looked up again the next day with nothing changed: the days left are that day's.
    app.clock.set('2026-10-26T02:00:00Z');
    expect((await portal.post('/api/public/lookup', creds)).body.review.daysLeft).toBe(28);
    app.clock.set('2026-10-25T02:00:00Z');
    expect(pub.canEvaluate).toBe(true);
    expect(pub.documents.map((d: { title: string }) => d.title)).toContain('信访事项处理意见书');

    pub = (await portal.post('/api/public/actions', { ...creds, action: { type: 'evaluate', rating: 'unsatisfied', comment: '维修仍未完成' } })).body;
    expect(pub.evaluation).toBe('unsatisfied');
    pub = (await portal.post('/api/public/actions', { ...creds, action: { type: 'requestReview', reason: '物业至今未修复电梯' } })).body;
    expect(pub).toMatchObject({ step: 'review', holderOrgName: '青山县人民政府' });

    app.clock.set('2026-11-10T02:00:00Z');
    view = (await act(c.countyApprover, id, { type: 'review', result: 'changed', opinion: '责成县住建局督促限期修复并跟踪落实。' })).body;
    expect(view.step).toBe('rereviewRequest');
    const review = view.documents.find((d: { kind: string }) => d.kind === 'reviewOpinion');
    await act(c.countyApprover, id, { type: 'deliver', documentId: review.id, method: 'inPerson', deliveredOn: '2026-11-10' });

    // A re-review asked 45 days after delivery is refused with the reason, and changes nothing.
    app.clock.set('2026-12-25T02:00:00Z');
    const late = await portal.post('/api/public/actions', { ...creds, action: { type: 'requestRereview', reason: '仍不满意' } }, { headers: { 'accept-language': 'en' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('requestWindowClosed');
    expect(late.body.error.message).toContain('2026-12-10');
    const zh = await portal.post('/api/public/actions', { ...creds, action: { type: 'requestRereview', reason: '仍不满意' } });
    expect(zh.body.error.message).toContain('申请期限已于');
    const lapsed = (await portal.post('/api/public/lookup', creds)).body;
    expect(lapsed).toMatchObject({ step: 'rereviewRequest', review: { canRequestRereview: false, daysLeft: 0 } });

    // The sweep makes the lapsed decision final.
    const { finalizeLapsed } = await import('../src/petitions/finalize-lapsed.ts');
    expect(await finalizeLapsed(app.ctx)).toBe(1);
    pub = (await portal.post('/api/public/lookup', creds)).body;
    expect(pub).toMatchObject({ step: 'closed', outcome: 'finalized' });
    const types = pub.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['registered', 'forwarded', 'accepted', 'extended', 'replied', 'delivered', 'evaluated', 'reviewRequested', 'reviewed', 'finalized']));

    view = (await c.clerk.get(`/api/petitions/${id}`)).body;
    expect(view.events.every((e: { seq: number }, i: number) => e.seq === i + 1)).toBe(true);
  });

  it('sends a misrouted case back on objection, and refuses a matter that belongs to a court', async () => {
    app.clock.set('2026-11-02T02:00:00Z');
    const reg = await c.clerk.post('/api/petitions', letterPetition({ title: '工伤认定不服' }));
    const id = reg.body.id as number;
    await act(c.clerk, id, { type: 'forward', toOrgId: c.housing.id });
    app.clock.set('2026-11-04T02:00:00Z');
    const objected = (await act(c.housingHandler, id, { type: 'object', reason: '工伤认定属人社部门职责' })).body;
    expect(objected).toMatchObject({ visible: false });
    let view = (await c.clerk.get(`/api/petitions/${id}`)).body;
    expect(view).toMatchObject({ step: 'triage', holderOrgId: c.office.id });
    view = (await act(c.clerk, id, { type: 'notAccept', reason: '已进入行政诉讼程序', route: 'litigation' })).body;
    expect(view).toMatchObject({ step: 'closed', outcome: 'notAccepted' });
    const notice = view.documents.find((d: { kind: string }) => d.kind === 'nonAcceptanceNotice');
    expect(notice.body).toContain('向人民法院提起诉讼');
    const illegal = await act(c.clerk, id, { type: 'accept' });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.code).toBe('caseClosed');
    const after = (await c.clerk.get(`/api/petitions/${id}`)).body;
    expect(after.version).toBe(view.version);
  });

  it('proposes earlier related petitions the clerk may see, with what identifies them', async () => {
    app.clock.set('2026-11-05T02:00:00Z');
    const first = (await c.clerk.post('/api/petitions', letterPetition({ title: '幸福小区电梯停运' }))).body;
    const second = (await c.clerk.post('/api/petitions', letterPetition({ title: '幸福小区电梯又坏了' }))).body;
    const hit = second.related.find((r: { id: number }) => r.id === first.id);
    expect(hit).toMatchObject({ receiptNo: first.receiptNo, title: '幸福小区电梯停运', step: 'triage' });
    expect(hit.reasons).toEqual(expect.arrayContaining(['samePetitioner', 'sameRespondent']));
    const outsider = (await c.housingApprover.post('/api/petitions/related', { text: '幸福小区电梯', respondentText: '幸福小区物业服务有限公司' })).body;
    expect(outsider.related.find((r: { id: number }) => r.id === first.id)).toBeUndefined();
  });

  it('shows a supervisor the overdue case in the subtree and records the urging', async () => {
    app.clock.set('2026-11-02T02:00:00Z');
    const reg = await c.clerk.post('/api/petitions', letterPetition({ title: '农村道路损坏无人修' }));
    app.clock.set('2026-11-30T02:00:00Z');
    const overdue = (await c.supervisor.get('/api/petitions?overdue=true')).body;
    const item = overdue.items.find((i: { id: number }) => i.id === reg.body.id);
    expect(item).toMatchObject({ dueStatus: 'overdue', step: 'triage' });
    const urged = (await act(c.supervisor, reg.body.id, { type: 'urge', note: '请于三日内分流' })).body;
    expect(urged.events.at(-1)).toMatchObject({ type: 'urged', payload: { note: '请于三日内分流' } });
    expect((await act(c.clerk, reg.body.id, { type: 'urge', note: 'x' })).status).toBe(403);
  });

  it('keeps the reporter of an accusation from the accused unit and never routes it there', async () => {
    app.clock.set('2026-11-03T02:00:00Z');
    const reg = await c.clerk.post('/api/petitions', letterPetition({ category: 'accusation', title: '反映住建局工作人员收受好处', respondentOrgId: c.housing.id }));
    expect(reg.status).toBe(201);
    const id = reg.body.id as number;
    const refused = await act(c.clerk, id, { type: 'forward', toOrgId: c.housing.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('routedToRespondent');
    await act(c.clerk, id, { type: 'forward', toOrgId: c.discipline.id });
    // A member of the accused unit who also holds a county-wide role sees the case, but never who reported it.
    const { createStaff, login } = await import('./support/factories.ts');
    const insiderStaff = await createStaff(app.ctx, { orgId: c.housing.id, roles: ['handler'] });
    await app.ctx.database.db.insertInto('role_grants').values({ user_id: insiderStaff.id, role: 'supervisor', organization_id: c.county.id }).execute();
    const insider = await login(app.baseUrl, insiderStaff.username, insiderStaff.password);
    const sealed = (await insider.get(`/api/petitions/${id}`)).body;
    expect(sealed).toMatchObject({ sealed: true, petitioners: [], attachments: [] });
    expect(JSON.stringify(sealed)).not.toContain('李**');
    const petitionerId = (await c.supervisor.get(`/api/petitions/${id}`)).body.petitioners[0].id;
    expect((await insider.post(`/api/petitions/${id}/petitioners/${petitionerId}/unmask`, { reason: '核实' })).status).toBe(403);
    const outsider = (await c.supervisor.get(`/api/petitions/${id}`)).body;
    expect(outsider.sealed).toBe(false);
    expect(outsider.petitioners).toHaveLength(1);
  });
});

describe.each(dialects)('idempotent intake on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    await buildCounty(app);
  });
  afterAll(() => app?.close());

  it('registers once when the same submission arrives many times at the same moment', async () => {
    const portal = anonymousClient(app.baseUrl);
    const { channel: _c, ...body } = letterPetition();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => portal.post('/api/public/petitions', { ...body, consent: true }, { headers: { 'idempotency-key': 'double-click-42' } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.receiptNo)).size).toBe(1);
    const n = await app.ctx.database.db.selectFrom('petitions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});
