import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type TestMailServer, startMailServer } from './support/smtp.ts';
import { notifyOverdueFollowUps } from '../src/reception/follow-up-sweep.ts';

// Visits (DOMAIN.md §5): every in-person reception is recorded, registers or links a petition,
// and each promise made becomes a follow-up with a due date; the history shows all of it.
describe.each(dialects)('visits on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let mail: TestMailServer;
  beforeAll(async () => {
    mail = await startMailServer();
    app = await startTestApp(dialect, { smtpUrl: mail.url });
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });

  const newVisit = (overrides: Record<string, unknown> = {}) => ({
    receivers: [{ name: '王局长', title: '县信访局局长' }],
    visitors: [{ name: '赵大海', phone: '13912345678' }, { name: '钱小梅' }],
    visitorCount: 2,
    request: '请求解决小区电梯长期停运问题',
    explanation: '已告知物业维修资金的申请程序，信访局将协调住建局督促物业维修。',
    outcome: { kind: 'register', petition: { category: 'claim', title: '小区电梯长期停运', content: '幸福小区3号楼电梯停运半年，物业拖延维修。' } },
    promises: [{ promise: '一周内由住建局约谈物业公司并答复', responsibleOrgId: c.housing.id, dueOn: '2026-11-09' }],
    ...overrides,
  });

  it('registers a new petition from a visit, with the visitors as petitioners and the visit in its history', async () => {
    const res = await c.clerk.post('/api/visits', newVisit());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'registered', instructed: false });
    expect(res.body.receiptNo).toMatch(/^XF20261102/);
    expect(res.body.queryCode).toBeTruthy();
    expect(res.body.followUpIds).toHaveLength(1);

    const petition = (await c.clerk.get(`/api/petitions/${res.body.petitionId}`)).body;
    expect(petition).toMatchObject({ channel: 'visit', signerCount: 2 });
    expect(petition.petitioners.map((p: { name: string }) => p.name)).toEqual(['赵**', '钱**']);
    expect(petition.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'visitRecorded', 'followUpPromised']);
    const recorded = petition.events[1];
    expect(recorded).toMatchObject({ label: '来访接待', public: true, payload: { visitId: res.body.id, orgId: c.office.id, receivedOn: '2026-11-02', promised: true } });
    // Personal data never enter the history.
    expect(JSON.stringify(petition.events)).not.toContain('赵大海');

    const visit = (await c.clerk.get(`/api/visits/${res.body.id}`)).body;
    expect(visit).toMatchObject({ receiptNo: res.body.receiptNo, visitors: ['赵**', '钱**'], visitorCount: 2, receivers: [{ name: '王局长', title: '县信访局局长' }] });
    expect(visit.followUps).toEqual([expect.objectContaining({ promise: '一周内由住建局约谈物业公司并答复', dueOn: '2026-11-09', status: 'open', responsibleOrgName: '青山县住房和城乡建设局' })]);

    // The petitioner sees the reception and what was promised, by whom and by when.
    const pub = (await c.clerk.post('/api/public/lookup', { receiptNo: res.body.receiptNo, queryCode: res.body.queryCode })).body;
    expect(pub.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'visitRecorded', orgName: '青山县信访局' }),
        expect.objectContaining({ type: 'followUpPromised', orgName: '青山县住房和城乡建设局', dueOn: '2026-11-09', detail: '一周内由住建局约谈物业公司并答复' }),
      ]),
    );
  });

  it('links a visit to an existing case the recorder may see, and only such a case', async () => {
    const existing = (await c.clerk.post('/api/petitions', letterPetition())).body;
    const res = await c.clerk.post('/api/visits', newVisit({ outcome: { kind: 'link', receiptNo: existing.receiptNo.toLowerCase() }, promises: [] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'linked', petitionId: existing.id, queryCode: null });
    const events = (await c.clerk.get(`/api/petitions/${existing.id}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'visitRecorded', payload: { promised: false, outcome: 'linked' } });

    // A clerk of another office cannot reach the case through a visit.
    const elsewhere = await import('./support/factories.ts').then((f) => f.createOrg(app.ctx, { name: '江州市信访局', kind: 'petitionOffice', parentId: c.city.id }));
    const otherClerk = await import('./support/factories.ts').then((f) => f.signInAs(app, { orgId: elsewhere.id, roles: ['clerk'] }));
    const refused = await otherClerk.post('/api/visits', newVisit({ organizationId: elsewhere.id, outcome: { kind: 'link', receiptNo: existing.receiptNo }, promises: [] }));
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('petitionNotFound');
  });

  it('records the visit of a booked appointment — also one already marked attended — once, and the booking shows its case', async () => {
    const day = (await c.clerk.post('/api/reception-days', {
      organizationId: c.office.id, day: '2026-11-02', startsAt: '14:00', endsAt: '16:00', place: '县信访局一楼接待大厅',
      leaders: [{ name: '王某某', title: '县长' }], topics: '城乡建设', slotMinutes: 30, slotCapacity: 2,
    })).body.day;
    expect(day?.id).toBeGreaterThan(0);
    const booked = await c.clerk.post(`/api/reception-days/${day.id}/appointments`, { slotStartsAt: '14:00', name: '孙立', phone: '13800001111', matter: '小区电梯停运', consent: true });
    expect(booked.status).toBe(201);
    const appointmentId = (await c.clerk.get(`/api/reception-days/${day.id}`)).body.appointments[0].id as number;
    app.clock.set('2026-11-02T06:30:00Z');
    expect((await c.clerk.post(`/api/appointments/${appointmentId}/attendance`, { status: 'attended' })).status).toBe(200);

    const res = await c.clerk.post('/api/visits', newVisit({ appointmentId, promises: [] }));
    expect(res.status).toBe(201);
    const listed = (await c.clerk.get(`/api/reception-days/${day.id}`)).body.appointments[0];
    expect(listed).toMatchObject({ status: 'attended', receiptNo: res.body.receiptNo });
    const again = await c.clerk.post('/api/visits', newVisit({ appointmentId, promises: [] }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('appointmentNotBooked');
    app.clock.set('2026-11-02T02:00:00Z');
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await app.ctx.database.db.selectFrom('petitions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const pastDue = await c.clerk.post('/api/visits', newVisit({ promises: [{ promise: '当天答复', responsibleOrgId: c.housing.id, dueOn: '2026-11-02' }] }));
    expect(pastDue.status).toBe(400);
    expect(pastDue.body.error.code).toBe('promiseDueInPast');
    expect((await c.housingApprover.post('/api/visits', newVisit())).status).toBe(403);
    // A clerk records only at an organisation of their own subtree.
    expect((await c.housingHandler.post('/api/visits', newVisit({ organizationId: c.office.id }))).status).toBe(403);
    const byClerkWithInstruction = await c.clerk.post('/api/visits', newVisit({ instruction: { text: '请住建局限期解决', responsibleOrgId: c.housing.id, dueOn: '2026-11-20' } }));
    expect(byClerkWithInstruction.status).toBe(403);
    expect(byClerkWithInstruction.body.error.code).toBe('instructionNeedsLeader');
    const after = await app.ctx.database.db.selectFrom('petitions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('turns a leader’s instruction at a reception into an instructed event the petitioner sees', async () => {
    const res = await c.leader.post('/api/visits', newVisit({ organizationId: c.office.id, promises: [], instruction: { text: '请住建局十日内督促物业修复电梯', responsibleOrgId: c.housing.id, dueOn: '2026-11-12' } }));
    expect(res.status).toBe(201);
    expect(res.body.instructed).toBe(true);
    const petition = (await c.leader.get(`/api/petitions/${res.body.petitionId}`)).body;
    const instructed = petition.events.find((e: { type: string }) => e.type === 'instructed');
    expect(instructed).toMatchObject({ actorName: expect.any(String), payload: { text: '请住建局十日内督促物业修复电梯', responsibleOrgId: c.housing.id, dueOn: '2026-11-12' } });
    expect(instructed.actorName).toBe(c.leader.user.displayName);
    expect(petition.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'instruction', dueOn: '2026-11-12', holderOrgId: c.housing.id })]));
    const pub = (await c.clerk.post('/api/public/lookup', { receiptNo: res.body.receiptNo, queryCode: res.body.queryCode })).body;
    // The petitioner learns who must act and by when; the leader's words stay with staff.
    expect(pub.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'instructed', dueOn: '2026-11-12', orgName: '青山县住房和城乡建设局' })]));
    expect(JSON.stringify(pub)).not.toContain('十日内督促物业');

    // Recorded afterwards from the visit page, by the leader, when a clerk recorded the visit.
    const byClerk = (await c.clerk.post('/api/visits', newVisit({ promises: [] }))).body;
    expect((await c.clerk.get(`/api/visits/${byClerk.id}`)).body.canInstruct).toBe(false);
    expect((await c.clerk.post(`/api/visits/${byClerk.id}/instruction`, { text: '尽快办理' })).status).toBe(403);
    const later = await c.leader.post(`/api/visits/${byClerk.id}/instruction`, { text: '请信访局跟踪落实', dueOn: '2026-11-16' });
    expect(later.status).toBe(200);
    const history = (await c.leader.get(`/api/petitions/${byClerk.petitionId}`)).body.events;
    expect(history.at(-1)).toMatchObject({ type: 'instructed', payload: { text: '请信访局跟踪落实', dueOn: '2026-11-16' } });
  });

  it('closes follow-ups for the responsible body, and tells its approvers once when one is overdue', async () => {
    const approverMail = `approver-${dialect}@example.org`;
    await app.ctx.database.db.updateTable('users').set({ email: approverMail }).where('id', '=', c.housingApprover.user.id).execute();
    const visit = (await c.clerk.post('/api/visits', newVisit({ promises: [
      { promise: '三日内答复维修方案', responsibleOrgId: c.housing.id, dueOn: '2026-11-05' },
      { promise: '两周内完成维修', responsibleOrgId: c.housing.id, dueOn: '2026-11-16' },
    ] }))).body;
    const [first, second] = visit.followUpIds as number[];

    const list = (await c.housingHandler.get('/api/follow-ups')).body.items.map((f: { id: number }) => f.id);
    expect(list).toEqual(expect.arrayContaining([first, second]));
    expect((await c.leader.post(`/api/follow-ups/${first}/done`, { outcome: 'x' })).status).toBe(403);
    const done = await c.housingHandler.post(`/api/follow-ups/${first}/done`, { outcome: '已约谈物业，确定11月15日前完成维修' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', outcome: '已约谈物业，确定11月15日前完成维修', canClose: false });
    expect((await c.housingHandler.post(`/api/follow-ups/${first}/done`, { outcome: '再次' })).status).toBe(409);
    const events = (await c.clerk.get(`/api/petitions/${visit.petitionId}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'followUpDone', public: true, payload: { followUpId: first, outcome: '已约谈物业，确定11月15日前完成维修' } });

    app.clock.set('2026-11-17T02:00:00Z');
    const open = (await c.housingApprover.get('/api/follow-ups')).body.items.find((f: { id: number }) => f.id === second);
    expect(open).toMatchObject({ overdue: true, canClose: true });
    const sent = mail.received.length;
    expect(await notifyOverdueFollowUps(app.ctx)).toBeGreaterThanOrEqual(1);
    expect(await notifyOverdueFollowUps(app.ctx)).toBe(0);
    const notes = (await c.housingApprover.get('/api/notifications')).body;
    const overdue = JSON.stringify(notes).match(/followUpOverdue/g) ?? [];
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const mails = await mail.waitFor(sent + 1);
    expect(mails.slice(sent).some((m) => m.to.includes(approverMail) && m.subject.includes(visit.receiptNo))).toBe(true);
    app.clock.set('2026-11-02T02:00:00Z');
  });

  it('shows visitors’ names only with a reason, and logs it', async () => {
    const visit = (await c.clerk.post('/api/visits', newVisit({ promises: [] }))).body;
    expect((await c.clerk.post(`/api/visits/${visit.id}/visitors/unmask`, {})).status).toBe(400);
    const res = await c.clerk.post(`/api/visits/${visit.id}/visitors/unmask`, { reason: '电话回访' });
    expect(res.body.people).toEqual([{ name: '赵大海', phone: '13912345678' }, { name: '钱小梅', phone: null }]);
    const log = await app.ctx.database.db.selectFrom('reception_data_access').selectAll().where('record_kind', '=', 'visit').where('record_id', '=', visit.id).execute();
    expect(log).toEqual([expect.objectContaining({ reason: '电话回访', user_id: c.clerk.user.id })]);
    expect((await c.housingHandler.post(`/api/visits/${visit.id}/visitors/unmask`, { reason: 'x' })).status).toBe(404);
  });
});
