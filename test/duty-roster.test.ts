import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whoIsOnDuty } from '../src/reception/duty-lookup.ts';
import { notifyRosterGaps } from '../src/reception/duty-gap-sweep.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, type Staff, createStaff } from './support/factories.ts';
import { type TestMailServer, startMailServer } from './support/smtp.ts';

const en = { headers: { 'accept-language': 'en' } };
const NATIONAL_DAY = { zh: '国庆节', en: 'National Day' };

describe.each(dialects)('the duty roster on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let zhang: Staff;
  let li: Staff;
  let wang: Staff;
  beforeAll(async () => {
    app = await startTestApp(dialect);
    app.clock.set('2026-09-28T02:00:00Z');
    c = await buildCounty(app);
    zhang = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '张敏' });
    li = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '李强' });
    wang = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '王芳' });
  });
  afterAll(() => app?.close());

  const roster = async (who: Client, month = '2026-10') => (await who.get(`/api/duty/roster?organizationId=${c.office.id}&month=${month}`)).body;
  const dayOf = (r: { days: { day: string }[] }, day: string) => r.days.find((d) => d.day === day) as Record<string, any>;
  const names = (cell: { people: { displayName: string }[] }) => cell.people.map((p) => p.displayName);

  it('assigns people to a duty on a day, and lets only the office’s keepers do it', async () => {
    const res = await c.admin.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-01', duty: 'reception', userIds: [zhang.id] });
    expect(res.status).toBe(201);
    expect(res.body.shifts.map((s: { displayName: string }) => s.displayName)).toEqual(['张敏']);
    // Assigning again is harmless: nobody is on a duty twice.
    const again = await c.countyApprover.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-01', duty: 'reception', userIds: [zhang.id, li.id] });
    expect(again.body.shifts.map((s: { displayName: string }) => s.displayName)).toEqual(['张敏', '李强']);
    const onCall = await c.leader.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-01', duty: 'onCall', userIds: [c.leader.user.id] });
    expect(onCall.status).toBe(201);

    expect((await c.clerk.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-02', duty: 'reception', userIds: [zhang.id] })).status).toBe(403);
    expect((await c.clerk.get(`/api/duty/roster?organizationId=${c.office.id}&month=2026-10`)).status).toBe(200);
    expect((await c.housingHandler.get(`/api/duty/roster?organizationId=${c.office.id}&month=2026-10`)).status).toBe(403);

    const day = dayOf(await roster(c.clerk), '2026-10-01');
    expect(day).toMatchObject({ kind: 'holiday', holiday: NATIONAL_DAY, reception: { gap: false }, onCall: { gap: false } });
    expect(names(day.reception)).toEqual(['张敏', '李强']);
    expect(await whoIsOnDuty(app.ctx.database.db, c.office.path, '2026-10-01', 'reception')).toEqual([zhang.id, li.id]);
    expect(await whoIsOnDuty(app.ctx.database.db, c.office.path, '2026-10-01', 'onCall')).toEqual([c.leader.user.id]);
  });

  it('refuses outsiders, disabled accounts, past days and bad dates in Chinese and English, changing nothing', async () => {
    const before = await roster(c.admin);
    const post = (body: Record<string, unknown>, init?: typeof en) =>
      c.admin.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-02', duty: 'reception', ...body }, init);

    let res = await post({ userIds: [c.housingHandler.user.id] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'notOfOffice', message: expect.stringContaining('不是本单位人员') });
    res = await post({ userIds: [c.housingHandler.user.id] }, en);
    expect(res.body.error.message).toContain('is not staff of this office');
    // A county leader may be on call for the office, but is not its reception staff.
    res = await post({ userIds: [c.leader.user.id] });
    expect(res.body.error.code).toBe('notOfOffice');

    const gone = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '赵停' });
    expect((await c.admin.patch(`/api/users/${gone.id}`, { disabled: true })).status).toBe(200);
    res = await post({ userIds: [zhang.id, gone.id] });
    expect(res.body.error).toMatchObject({ code: 'userDisabled', message: '赵停的账号已停用，不能安排值班' });
    res = await post({ userIds: [gone.id] }, en);
    expect(res.body.error.message).toBe("赵停's account is disabled and cannot be put on duty");

    res = await post({ day: '2026-09-27', userIds: [zhang.id] });
    expect(res.body.error.code).toBe('dayPassed');
    res = await post({ day: '2026-02-30', userIds: [zhang.id] }, en);
    expect(res.body.error).toMatchObject({ code: 'invalidDate', message: 'Dates must be real dates written YYYY-MM-DD' });
    res = await post({ userIds: [] });
    expect(res.body.error.code).toBe('validation');
    res = await c.admin.post('/api/duty/shifts', { organizationId: c.housing.id, day: '2026-10-02', duty: 'reception', userIds: [zhang.id] });
    expect(res.body.error).toMatchObject({ code: 'notAnOffice', message: '青山县住房和城乡建设局不是信访部门，没有值班表' });
    res = await c.admin.post('/api/duty/shifts/fill', { organizationId: c.office.id, from: '2026-10-09', to: '2026-10-02', duty: 'reception', userIds: [zhang.id] });
    expect(res.body.error).toMatchObject({ code: 'rangeReversed', message: '结束日期不能早于开始日期' });

    expect(await roster(c.admin)).toEqual(before);
  });

  it('fills a range from an ordered list, only the gaps, and removes an assignment', async () => {
    const res = await c.admin.post('/api/duty/shifts/fill', { organizationId: c.office.id, from: '2026-10-01', to: '2026-10-05', duty: 'reception', userIds: [wang.id, li.id], onlyGaps: true });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ assigned: 4, days: 4 });
    const r = await roster(c.admin);
    expect(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'].map((d) => names(dayOf(r, d).reception))).toEqual([
      ['张敏', '李强'], // already covered: left as it was
      ['王芳'],
      ['李强'],
      ['王芳'],
      ['李强'],
    ]);

    const shiftId = dayOf(r, '2026-10-05').reception.people[0].shiftId;
    expect((await c.clerk.del(`/api/duty/shifts/${shiftId}`)).status).toBe(403);
    expect((await c.admin.del(`/api/duty/shifts/${shiftId}`)).status).toBe(204);
    expect(dayOf(await roster(c.admin), '2026-10-05').reception).toMatchObject({ people: [], gap: true });
    expect((await c.admin.get(`/api/duty/shifts/${shiftId}`)).status).toBe(404);
    // Removed from the roster, kept as its history.
    const kept = await app.ctx.database.db.selectFrom('duty_shifts').select(['removed_at', 'removed_by']).where('id', '=', shiftId).executeTakeFirstOrThrow();
    expect(kept.removed_at).not.toBeNull();
    expect(await whoIsOnDuty(app.ctx.database.db, c.office.path, '2026-10-05', 'reception')).toEqual([]);
    // The same person can be put back on that day.
    expect((await c.admin.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-05', duty: 'reception', userIds: [li.id] })).status).toBe(201);
  });

  it('records a swap with its reason and keeps the history on the shift; no reason, no swap', async () => {
    const shift = dayOf(await roster(c.admin), '2026-10-02').reception.people[0];
    expect(shift.displayName).toBe('王芳');

    let res = await c.admin.post(`/api/duty/shifts/${shift.shiftId}/swap`, { toUserId: zhang.id, reason: '   ' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'reasonRequired', message: '换班须填写原因' });
    res = await c.admin.post(`/api/duty/shifts/${shift.shiftId}/swap`, { toUserId: zhang.id, reason: '' }, en);
    expect(res.body.error.message).toBe('A swap needs a reason');
    expect((await c.admin.post(`/api/duty/shifts/${shift.shiftId}/swap`, { toUserId: zhang.id })).body.error.code).toBe('validation');
    let detail = (await c.clerk.get(`/api/duty/shifts/${shift.shiftId}`)).body;
    expect(detail).toMatchObject({ displayName: '王芳', swaps: [] });

    res = await c.countyApprover.post(`/api/duty/shifts/${shift.shiftId}/swap`, { toUserId: zhang.id, reason: '王芳国庆期间家中有事' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ day: '2026-10-02', duty: 'reception', displayName: '张敏' });
    res = await c.admin.post(`/api/duty/shifts/${shift.shiftId}/swap`, { toUserId: li.id, reason: '张敏临时出差' });
    detail = (await c.clerk.get(`/api/duty/shifts/${shift.shiftId}`)).body;
    expect(detail.displayName).toBe('李强');
    expect(detail.swaps).toEqual([
      expect.objectContaining({ fromName: '王芳', toName: '张敏', reason: '王芳国庆期间家中有事', swappedByName: expect.any(String), swappedAt: expect.any(String) }),
      expect.objectContaining({ fromName: '张敏', toName: '李强', reason: '张敏临时出差' }),
    ]);
    expect(dayOf(await roster(c.admin), '2026-10-02').reception.people[0]).toMatchObject({ displayName: '李强', swaps: 2 });
    expect(await whoIsOnDuty(app.ctx.database.db, c.office.path, '2026-10-02', 'reception')).toEqual([li.id]);

    // Both people are told; someone already on the day cannot be swapped in.
    const told = (await app.ctx.database.db.selectFrom('notifications').select(['user_id', 'kind']).where('kind', '=', 'dutySwap').execute()).map((n) => Number(n.user_id));
    expect(told).toEqual(expect.arrayContaining([wang.id, zhang.id, li.id]));
    const other = dayOf(await roster(c.admin), '2026-10-01').reception.people[0];
    res = await c.admin.post(`/api/duty/shifts/${other.shiftId}/swap`, { toUserId: li.id, reason: '调整' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('alreadyOnDuty');
  });

  it('lists who may be put on each duty', async () => {
    const reception = (await c.admin.get(`/api/duty/candidates?organizationId=${c.office.id}&duty=reception`)).body.people.map((p: { id: number }) => p.id);
    const onCall = (await c.admin.get(`/api/duty/candidates?organizationId=${c.office.id}&duty=onCall`)).body.people.map((p: { id: number }) => p.id);
    expect(reception).toEqual(expect.arrayContaining([zhang.id, li.id, wang.id, c.clerk.user.id]));
    expect(reception).not.toContain(c.leader.user.id);
    expect(reception).not.toContain(c.housingHandler.user.id);
    // The on-call leader leads the office or a body above it; a clerk cannot be put on call.
    expect(onCall).toEqual(expect.arrayContaining([c.leader.user.id, c.countyApprover.user.id]));
    expect(onCall).not.toContain(zhang.id);
    const clerkOnCall = await c.admin.post('/api/duty/shifts', { organizationId: c.office.id, day: '2026-10-20', duty: 'onCall', userIds: [zhang.id] }, { headers: { 'accept-language': 'en' } });
    expect(clerkOnCall.status).toBe(400);
    expect(clerkOnCall.body.error).toMatchObject({ code: 'notALeader', message: expect.stringContaining('on-call leader') });
  });
});

describe.each(dialects)('roster gaps over the National Day holiday on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let mail: TestMailServer;
  let a: Staff;
  let b: Staff;
  beforeAll(async () => {
    mail = await startMailServer();
    app = await startTestApp(dialect, { smtpUrl: mail.url });
    app.clock.set('2026-09-28T02:00:00Z'); // Monday before National Day
    c = await buildCounty(app);
    a = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '陈晨' });
    b = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '周洋' });
    const fill = (duty: string, from: string, to: string, userIds: number[]) =>
      c.admin.post('/api/duty/shifts/fill', { organizationId: c.office.id, duty, from, to, userIds });
    // Four weeks rostered, except part of the holiday week.
    for (const [from, to] of [['2026-09-28', '2026-10-04'], ['2026-10-08', '2026-10-25']] as const) expect((await fill('reception', from, to, [a.id, b.id])).body.assigned).toBeGreaterThan(0);
    for (const [from, to] of [['2026-09-28', '2026-10-03'], ['2026-10-08', '2026-10-25']] as const) expect((await fill('onCall', from, to, [c.leader.user.id])).status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });

  const holidayGap = (day: string, duties: string[]) => ({ day, kind: 'holiday', holiday: NATIONAL_DAY, duties });

  it('names each missing day and duty of the coming four weeks, marked as National Day holidays', async () => {
    const res = await c.countyApprover.get(`/api/duty/gaps?organizationId=${c.office.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: '2026-09-28',
      to: '2026-10-25',
      offices: [
        {
          organizationId: c.office.id,
          organizationName: '青山县信访局',
          gaps: [
            holidayGap('2026-10-04', ['onCall']),
            holidayGap('2026-10-05', ['reception', 'onCall']),
            holidayGap('2026-10-06', ['reception', 'onCall']),
            holidayGap('2026-10-07', ['reception', 'onCall']),
          ],
        },
      ],
    });
    // Every office the administrator may see, when none is named.
    expect((await c.admin.get('/api/duty/gaps')).body.offices.map((o: { organizationId: number }) => o.organizationId)).toEqual([c.office.id]);
    expect((await c.housingHandler.get(`/api/duty/gaps?organizationId=${c.office.id}`)).status).toBe(403);
  });

  it('shows each day’s kind from the working calendar, including what an administrator entered', async () => {
    const oct = (await c.admin.get(`/api/duty/roster?organizationId=${c.office.id}&month=2026-10`)).body;
    const kinds = Object.fromEntries(oct.days.map((d: { day: string; kind: string }) => [d.day.slice(8), d.kind]));
    expect(kinds).toMatchObject({ '01': 'holiday', '07': 'holiday', '08': 'workday', '10': 'adjustedWorkday', '11': 'weekend' });
    expect(oct.days).toHaveLength(31);
    expect(oct.days[5]).toMatchObject({ day: '2026-10-06', holiday: NATIONAL_DAY, reception: { gap: true }, onCall: { gap: true } });

    const entered = await c.admin.put('/api/calendar/years/2027', { days: ['01', '02', '03'].map((d) => ({ date: `2027-01-${d}`, kind: 'restday', name: '元旦' })) });
    expect(entered.status).toBe(200);
    const jan = (await c.admin.get(`/api/duty/roster?organizationId=${c.office.id}&month=2027-01`)).body;
    expect(jan.days[0]).toMatchObject({ day: '2027-01-01', kind: 'holiday', holiday: { zh: '元旦' } });
    expect(jan.days[3]).toMatchObject({ day: '2027-01-04', kind: 'workday' });
  });

  it('tells the administrators and approvers of an office’s gaps once, in the workbench and by e-mail to those with an address', async () => {
    expect((await c.admin.patch(`/api/users/${c.countyApprover.user.id}`, { email: 'approver@qingshan.example' })).status).toBe(200);
    expect(await notifyRosterGaps(app.ctx)).toBe(2); // the city administrator and the county approver
    expect(await notifyRosterGaps(app.ctx)).toBe(0);

    const gapsOf = async (who: Client) => (await who.get('/api/notifications?limit=200')).body.notifications.filter((n: { kind: string }) => n.kind === 'rosterGap');
    const [notice, ...more] = await gapsOf(c.admin);
    expect(more).toEqual([]);
    expect(notice.title).toBe('值班缺人：青山县信访局有 4 天无人值班');
    expect(notice.body).toContain('2026-10-04（国庆节）：带班领导');
    expect(notice.body).toContain('2026-10-06（国庆节）：接待值班、带班领导');
    expect(notice.link).toBe(`/reception/duty?org=${c.office.id}&month=2026-10`);
    // The same notice for staff who read the workbench in English.
    const [inEnglish] = (await c.admin.get('/api/notifications', { headers: { 'accept-language': 'en' } })).body.notifications;
    expect(inEnglish.title).toBe('Roster gaps: nobody on duty at 青山县信访局 on 4 day(s)');
    expect(inEnglish.body).toContain(`2026-10-06 (${NATIONAL_DAY.en}): reception duty, on-call leader`);
    expect(await gapsOf(c.countyApprover)).toHaveLength(1);
    expect(await gapsOf(c.cityApprover)).toHaveLength(0);
    expect(await gapsOf(c.clerk)).toHaveLength(0);

    const [mailed] = await mail.waitFor(1);
    expect(mailed?.to).toEqual(['approver@qingshan.example']);
    expect(mailed?.subject).toBe('值班缺人：青山县信访局有 4 天无人值班');
    expect(mailed?.text).toContain('2026-10-07（国庆节）：接待值班、带班领导');

    // Filling one gap changes the list: the people are told what is still missing.
    const leader = c.leader.user.id;
    expect((await c.admin.post('/api/duty/shifts/fill', { organizationId: c.office.id, duty: 'onCall', from: '2026-10-04', to: '2026-10-04', userIds: [leader] })).status).toBeLessThan(300);
    expect(await notifyRosterGaps(app.ctx)).toBe(2);
    const latest = (await gapsOf(c.admin))[0];
    expect(latest.title).toBe('值班缺人：青山县信访局有 3 天无人值班');
    expect(latest.body).not.toContain('2026-10-04');
  });
});
