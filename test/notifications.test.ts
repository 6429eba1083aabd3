import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMailSoon } from '../src/notifications/mail-sender.ts';
import { notifyUsers } from '../src/notifications/notify.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, signInAs } from './support/factories.ts';
import { type TestMailServer, startMailServer } from './support/smtp.ts';

const en = { headers: { 'accept-language': 'en' } };

describe.each(dialects)('notifications and staff e-mail addresses on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let mail: TestMailServer;
  let housingAdmin: Client;
  beforeAll(async () => {
    mail = await startMailServer();
    app = await startTestApp(dialect, { smtpUrl: mail.url, publicUrl: 'https://redress.example/' });
    c = await buildCounty(app);
    housingAdmin = await signInAs(app, { orgId: c.housing.id, roles: ['admin'] });
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });

  const notify = (userIds: number[], title: string, link?: string) =>
    app.ctx.database.db.transaction().execute((trx) => notifyUsers(trx, app.ctx, userIds, { kind: 'test', title, body: `${title}：详情`, link }));

  it('shows each person only their own notifications, counts the unread and marks them read', async () => {
    await notify([c.clerk.user.id, c.leader.user.id], '甲事项需要处理', '/cases/1');
    await notify([c.clerk.user.id], '乙事项需要处理');
    let mine = (await c.clerk.get('/api/notifications')).body;
    expect(mine.unread).toBe(2);
    expect(mine.notifications.map((n: { title: string }) => n.title)).toEqual(['乙事项需要处理', '甲事项需要处理']);
    expect(mine.notifications[1]).toMatchObject({ body: '甲事项需要处理：详情', link: '/cases/1', readAt: null });
    const theirs = (await c.leader.get('/api/notifications')).body;
    expect(theirs.notifications.map((n: { title: string }) => n.title)).toEqual(['甲事项需要处理']);
    expect((await c.auditor.get('/api/notifications')).body).toEqual({ notifications: [], unread: 0 });

    // Someone else's id marks nothing of theirs.
    expect((await c.leader.post('/api/notifications/read', { ids: [mine.notifications[0].id] })).status).toBe(204);
    expect((await c.clerk.get('/api/notifications')).body.unread).toBe(2);

    await c.clerk.post('/api/notifications/read', { ids: [mine.notifications[0].id] });
    mine = (await c.clerk.get('/api/notifications')).body;
    expect(mine.unread).toBe(1);
    expect(mine.notifications[0].readAt).not.toBeNull();
    expect((await c.clerk.get('/api/notifications?unreadOnly=true')).body.notifications.map((n: { title: string }) => n.title)).toEqual(['甲事项需要处理']);
    await c.clerk.post('/api/notifications/read', {});
    expect((await c.clerk.get('/api/notifications')).body.unread).toBe(0);
    expect((await c.leader.get('/api/notifications')).body.unread).toBe(1);
    expect((await c.clerk.post('/api/notifications/read', {}, { csrf: false })).status).toBe(403);
  });

  it('gives a new user an optional, validated e-mail address, shown to their administrators', async () => {
    const created = await c.admin.post('/api/users', { username: 'zhoujie', displayName: '周杰', organizationId: c.office.id, roles: ['clerk'], email: ' zhoujie@qingshan.example ' });
    expect(created.status).toBe(201);
    expect(created.body.user.email).toBe('zhoujie@qingshan.example');
    expect((await c.admin.get(`/api/users/${created.body.user.id}`)).body.email).toBe('zhoujie@qingshan.example');
    expect((await c.admin.post('/api/users', { username: 'noemail', displayName: '无邮箱', organizationId: c.office.id })).body.user.email).toBeNull();

    let res = await c.admin.post('/api/users', { username: 'badmail', displayName: '错邮箱', organizationId: c.office.id, email: 'badmail@qingshan' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'emailInvalid', message: '“badmail@qingshan”不是有效的电子邮箱地址' });
    res = await c.admin.post('/api/users', { username: 'badmail', displayName: '错邮箱', organizationId: c.office.id, email: 'bad mail@x.cn' }, en);
    expect(res.body.error.message).toBe('"bad mail@x.cn" is not a valid e-mail address');
    expect((await c.admin.get('/api/users?q=badmail')).body.total).toBe(0);

    // Only administrators of the user see it: the user list is theirs alone.
    expect((await c.clerk.get(`/api/users/${created.body.user.id}`)).status).toBe(403);
    expect((await housingAdmin.get(`/api/users/${created.body.user.id}`)).status).toBe(403);
  });

  it('lets an administrator change or clear an address, and each person their own', async () => {
    const target = c.clerk.user.id;
    expect((await housingAdmin.patch(`/api/users/${target}`, { email: 'x@qingshan.example' })).status).toBe(403);
    let res = await c.admin.patch(`/api/users/${target}`, { email: 'clerk@qingshan.example' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'clerk@qingshan.example', disabled: false });
    res = await c.admin.patch(`/api/users/${target}`, { email: 'not-an-address', disabled: true });
    expect(res.body.error.code).toBe('emailInvalid');
    expect((await c.admin.get(`/api/users/${target}`)).body).toMatchObject({ email: 'clerk@qingshan.example', disabled: false });
    expect((await c.admin.patch(`/api/users/${target}`, {})).status).toBe(400);

    expect((await c.clerk.get('/api/users/me/email')).body).toEqual({ email: 'clerk@qingshan.example' });
    res = await c.clerk.put('/api/users/me/email', { email: 'wrong@' }, en);
    expect(res.body.error).toMatchObject({ code: 'emailInvalid', message: '"wrong@" is not a valid e-mail address' });
    expect((await c.clerk.get('/api/users/me/email')).body.email).toBe('clerk@qingshan.example');
    expect((await c.clerk.put('/api/users/me/email', { email: 'me@qingshan.example' })).body).toEqual({ email: 'me@qingshan.example' });
    expect((await c.admin.get(`/api/users/${target}`)).body.email).toBe('me@qingshan.example');

    // Notified by e-mail at the new address, with a link into the workbench.
    await notify([target, c.leader.user.id], '丙事项需要处理', '/cases/7');
    await sendMailSoon(app.ctx);
    const [message] = await mail.waitFor(1);
    expect(message).toMatchObject({ to: ['me@qingshan.example'], subject: '丙事项需要处理' });
    expect(message?.text).toContain('https://redress.example/cases/7');
    expect(mail.received).toHaveLength(1); // the leader gave no address

    expect((await c.clerk.put('/api/users/me/email', { email: '' })).body).toEqual({ email: null });
    expect((await c.admin.patch(`/api/users/${target}`, { email: null })).body.email).toBeNull();
  });

  it('shows auditors who unmasked a reception record, beside the petitions’ log', async () => {
    const at = app.clock.now().toISOString();
    await app.ctx.database.db
      .insertInto('reception_data_access')
      .values([
        { user_id: c.clerk.user.id, record_kind: 'appointment', record_id: 3, reason: '电话确认预约时间', accessed_at: at },
        { user_id: c.leader.user.id, record_kind: 'groupVisit', record_id: 5, reason: '联系代表商定答复时间', accessed_at: at },
      ])
      .execute();
    const res = await c.auditor.get('/api/admin/access-log/reception');
    expect(res.status).toBe(200);
    expect(res.body.entries).toEqual([
      expect.objectContaining({ recordKind: 'groupVisit', recordId: 5, reason: '联系代表商定答复时间', username: c.leader.user.username, accessedAt: at }),
      expect.objectContaining({ recordKind: 'appointment', recordId: 3, reason: '电话确认预约时间', displayName: c.clerk.user.displayName }),
    ]);
    const older = (await c.admin.get(`/api/admin/access-log/reception?before=${res.body.entries[0].id}`)).body.entries;
    expect(older.map((e: { recordId: number }) => e.recordId)).toEqual([3]);
    expect((await c.clerk.get('/api/admin/access-log/reception')).status).toBe(403);
    expect((await c.auditor.get('/api/admin/access-log')).body.entries).toEqual([]);
  });
});
