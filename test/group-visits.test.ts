import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, signInAs } from './support/factories.ts';
import { type TestMailServer, startMailServer } from './support/smtp.ts';

// Group visits (集体访, DOMAIN.md §4–5): at most five representatives, a joint petition, and by
// headcount the profile says who must come to receive the group and how soon.
describe.each(dialects)('group visits on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let mail: TestMailServer;
  let officeApprover: Client;
  const arrived = '2026-11-02T02:00:00.000Z';
  beforeAll(async () => {
    mail = await startMailServer();
    app = await startTestApp(dialect, { smtpUrl: mail.url });
    app.clock.set(arrived);
    c = await buildCounty(app);
    officeApprover = await signInAs(app, { orgId: c.office.id, roles: ['approver'], displayName: '信访局孙局长' });
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });

  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${'甲乙丙丁戊己'[i]}`, phone: `1390000000${i}` }));
  const group = (headcount: number, overrides: Record<string, unknown> = {}) => ({
    responsibleOrgId: c.housing.id,
    headcount,
    title: '征收补偿款未足额发放',
    matter: '请求按协议足额发放房屋征收补偿款',
    representatives: reps(Math.min(headcount, 3)),
    ...overrides,
  });
  const count = async (table: 'petitions' | 'group_visits') =>
    Number((await app.ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('accepts five representatives and refuses a sixth with the rule explained, writing nothing', async () => {
    const [petitions, groups] = [await count('petitions'), await count('group_visits')];
    const refused = await c.clerk.post('/api/group-visits', group(30, { representatives: reps(6) }));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'tooManyRepresentatives', message: '集体访应推选不超过5名代表' });
    const inEnglish = await c.clerk.post('/api/group-visits', group(30, { representatives: reps(6) }), { headers: { 'accept-language': 'en' } });
    expect(inEnglish.body.error.message).toBe('A group chooses at most 5 representatives');
    expect([await count('petitions'), await count('group_visits')]).toEqual([petitions, groups]);

    const ok = await c.clerk.post('/api/group-visits', group(30, { representatives: reps(5), others: ['周某', '吴某'] }));
    expect(ok.status).toBe(201);
    const petition = (await c.clerk.get(`/api/petitions/${ok.body.petitionId}`)).body;
    expect(petition).toMatchObject({ channel: 'visit', signerCount: 30 });
    expect(petition.petitioners).toHaveLength(5);
    const registered = petition.events.find((e: { type: string }) => e.type === 'groupVisitRegistered');
    expect(registered).toMatchObject({ public: true, payload: { headcount: 30, groupVisitId: ok.body.id } });
    expect(JSON.stringify(petition.events)).not.toMatch(/代表|周某/);
    const view = (await c.clerk.get(`/api/group-visits/${ok.body.id}`)).body;
    expect(view.representatives.map((r: { name: string }) => r.name)).toEqual(['代**', '代**', '代**', '代**', '代**']);
    expect(view.othersNamed).toBe(2);
  });

  it('sets who must receive the group and how soon by headcount, as the profile says', async () => {
    const clock = async (headcount: number) => {
      const res = await c.clerk.post('/api/group-visits', group(headcount));
      expect(res.status).toBe(201);
      return [res.body.receiverLevel, res.body.respondWithinMinutes, res.body.respondBy];
    };
    expect(await clock(4)).toEqual([null, null, null]);
    expect(await clock(5)).toEqual(['officeHead', 120, '2026-11-02T04:00:00.000Z']);
    expect(await clock(20)).toEqual(['unitHead', 60, '2026-11-02T03:00:00.000Z']);
    expect(await clock(50)).toEqual(['onCallLeader', 30, '2026-11-02T02:30:00.000Z']);

    const profile = (await c.admin.get('/api/admin/profile')).body.profile;
    expect(profile.groupVisitRules).toHaveLength(3);
    const changed = await c.admin.put('/api/admin/profile', { ...profile, groupVisitRules: [{ minHeadcount: 3, receiver: 'unitHead', withinMinutes: 45 }] });
    expect(changed.status).toBe(200);
    expect(await clock(4)).toEqual(['unitHead', 45, '2026-11-02T02:45:00.000Z']);
    expect(await clock(50)).toEqual(['unitHead', 45, '2026-11-02T02:45:00.000Z']);
    await c.admin.put('/api/admin/profile', profile);
  });

  it('tells the office’s approvers when nobody is on call, and says so', async () => {
    const res = await c.clerk.post('/api/group-visits', group(8));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ onCallFound: false, notified: { onCall: [], officeApprovers: ['信访局孙局长'] } });
    expect(res.body.notice).toContain('没有值班领导');
    const notes = (await officeApprover.get('/api/notifications')).body;
    expect(JSON.stringify(notes)).toContain(`/reception/group-visits/${res.body.id}`);
  });

  it('notifies the on-call leader and the responsible unit at once, in the workbench and by e-mail', async () => {
    const leaderId = c.leader.user.id as number;
    await app.ctx.database.db
      .insertInto('duty_shifts')
      .values({ organization_id: c.office.id, day: '2026-11-02', duty: 'onCall', user_id: leaderId, created_by: null, created_at: arrived, updated_at: arrived })
      .execute();
    await app.ctx.database.db.updateTable('users').set({ email: `leader-${dialect}@example.org` }).where('id', '=', leaderId).execute();
    await app.ctx.database.db.updateTable('users').set({ email: `housing-${dialect}@example.org` }).where('id', '=', c.housingApprover.user.id).execute();
    const before = mail.received.length;

    const res = await c.clerk.post('/api/group-visits', group(60, { representatives: reps(2) }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ onCallFound: true, notice: null, receiverLevel: 'onCallLeader' });
    expect(res.body.notified.onCall).toEqual([c.leader.user.displayName]);
    expect(res.body.notified.responsibleUnit).toEqual([c.housingApprover.user.displayName]);
    for (const who of [c.leader, c.housingApprover]) {
      const items = JSON.stringify((await who.get('/api/notifications')).body);
      expect(items).toContain(`/reception/group-visits/${res.body.id}`);
    }
    const mails = (await mail.waitFor(before + 2)).slice(before);
    const to = mails.flatMap((m) => m.to);
    expect(to).toEqual(expect.arrayContaining([`leader-${dialect}@example.org`, `housing-${dialect}@example.org`]));
    expect(mails.every((m) => m.subject.includes('集体访 60 人'))).toBe(true);
  });

  it('records the reception, its promises and summary, with the clock shown against the limit', async () => {
    const reg = (await c.clerk.post('/api/group-visits', group(25))).body;
    let list = (await c.clerk.get('/api/group-visits')).body;
    expect(list.items[0].status).toBe('waiting');
    const item = list.items.find((g: { id: number }) => g.id === reg.id);
    expect(item.clock).toEqual({ minutesLeft: 60, withinLimit: null });

    app.clock.set('2026-11-02T02:40:00Z');
    expect((await c.clerk.get(`/api/group-visits/${reg.id}`)).body.clock.minutesLeft).toBe(20);
    const noLeader = await c.clerk.post(`/api/group-visits/${reg.id}/reception`, { statement: '听取诉求' });
    expect(noLeader.status).toBe(400);
    expect(noLeader.body.error.code).toBe('receivingLeaderRequired');
    expect((await c.leader.post(`/api/group-visits/${reg.id}/summary`, { summary: '早了' })).status).toBe(409);

    const received = await c.leader.post(`/api/group-visits/${reg.id}/reception`, {
      statement: '县里高度重视，责成住建局核实补偿款发放情况。',
      promises: [{ promise: '十日内核实并答复补偿款发放情况', responsibleOrgId: c.housing.id, dueOn: '2026-11-12' }],
    });
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ status: 'received', receivingLeaderName: c.leader.user.displayName, clock: { minutesLeft: null, withinLimit: true }, canSummarize: true });
    expect(received.body.followUps).toEqual([expect.objectContaining({ promise: '十日内核实并答复补偿款发放情况', dueOn: '2026-11-12', status: 'open' })]);
    expect((await c.leader.post(`/api/group-visits/${reg.id}/reception`, { statement: '再次' })).status).toBe(409);

    const summary = await c.leader.post(`/api/group-visits/${reg.id}/summary`, { summary: '群众情绪平稳，住建局已领办。' });
    expect(summary.body).toMatchObject({ status: 'closed', summary: '群众情绪平稳，住建局已领办。' });

    const done = await c.housingApprover.post(`/api/follow-ups/${received.body.followUps[0].id}/done`, { outcome: '补偿款已于11月10日补发到位' });
    expect(done.status).toBe(200);
    const events = (await c.clerk.get(`/api/petitions/${reg.petitionId}`)).body.events;
    expect(events.map((e: { type: string; public: boolean }) => [e.type, e.public])).toEqual([
      ['registered', true],
      ['groupVisitRegistered', true],
      ['groupVisitReceived', true],
      ['followUpPromised', true],
      ['groupVisitSummarized', false],
      ['followUpDone', true],
    ]);
    const pub = (await c.clerk.post('/api/public/lookup', { receiptNo: reg.receiptNo, queryCode: reg.queryCode })).body;
    const types = pub.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(['registered', 'groupVisitRegistered', 'groupVisitReceived', 'followUpPromised', 'followUpDone']);
    expect(JSON.stringify(pub)).not.toContain('群众情绪平稳');
    list = (await c.clerk.get('/api/group-visits?status=closed')).body;
    expect(list.items.map((g: { id: number }) => g.id)).toContain(reg.id);
    app.clock.set(arrived);
  });

  it('shows the members’ names only with a reason, and logs it', async () => {
    const reg = (await c.clerk.post('/api/group-visits', group(6, { representatives: reps(2), others: ['郑某'] }))).body;
    const res = await c.clerk.post(`/api/group-visits/${reg.id}/members/unmask`, { reason: '通知代表领取答复' });
    expect(res.body.people.map((p: { name: string }) => p.name)).toEqual(['代表甲', '代表乙', '郑某']);
    const log = await app.ctx.database.db.selectFrom('reception_data_access').selectAll().where('record_kind', '=', 'groupVisit').where('record_id', '=', reg.id).execute();
    expect(log).toHaveLength(1);
    expect((await c.housingHandler.post(`/api/group-visits/${reg.id}/members/unmask`, { reason: 'x' })).status).toBe(403);
  });
});
