import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAccountCommands, userAdd } from '../src/accounts/account.cli.ts';
import { ensureFirstAdmin } from '../src/accounts/ensure-first-admin.ts';
import type { Organization } from '../src/organizations/organization.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { dialects } from './support/databases.ts';
import { type Client, DEFAULT_PASSWORD, anonymousClient, createOrg, createStaff, login, signInAs } from './support/factories.ts';

describe.each(dialects)('accounts on %s', (dialect) => {
  let app: TestApp;
  let city: Organization;
  let county: Organization;
  let township: Organization;
  let neighbour: Organization;
  let countyAdmin: Client;
  let firstAdminPassword: string;

  beforeAll(async () => {
    app = await startTestApp(dialect);
    const first = await ensureFirstAdmin(app.ctx);
    firstAdminPassword = first?.password ?? '';
    city = await createOrg(app.ctx, { name: '江州市人民政府', kind: 'government', divisionCode: '369900' });
    county = await createOrg(app.ctx, { name: '青山县人民政府', kind: 'government', parentId: city.id, divisionCode: '369922' });
    township = await createOrg(app.ctx, { name: '青山镇', kind: 'township', parentId: county.id });
    neighbour = await createOrg(app.ctx, { name: '白水县人民政府', kind: 'government', parentId: city.id });
    countyAdmin = await signInAs(app, { username: 'county.admin', orgId: county.id, roles: ['admin'] });
  });
  afterAll(() => app?.close());

  const anon = () => anonymousClient(app.baseUrl);

  it('creates the first administrator once, with a one-time password to change', async () => {
    expect(firstAdminPassword).toMatch(/^[a-z2-9-]{19}$/);
    expect(await ensureFirstAdmin(app.ctx)).toBeNull();
    const admin = await login(app.baseUrl, 'admin', firstAdminPassword);
    expect(admin.user).toMatchObject({ username: 'admin', organizationName: '信访局', mustChangePassword: true });
    expect(admin.user.grants).toEqual([expect.objectContaining({ role: 'admin', organizationName: '信访局' })]);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie and signs out', async () => {
    const staff = await createStaff(app.ctx, { orgId: township.id, roles: ['clerk', 'handler'] });
    const res = await anon().post('/api/session', { username: staff.username.toUpperCase(), password: staff.password });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('redress_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.body.user).toMatchObject({ username: staff.username, organizationId: township.id, organizationName: '青山镇' });
    expect(res.body.user.grants.map((g: { role: string }) => g.role)).toEqual(['clerk', 'handler']);
    expect(res.body.csrfToken).toEqual(expect.any(String));

    const client = await login(app.baseUrl, staff.username, staff.password, { renew: false });
    const me = await client.get('/api/session');
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(client.csrf);
    expect(me.body.user.grants[0]).toMatchObject({ organizationPath: township.path });
    const now = app.clock.now().toISOString();
    app.clock.set(new Date(Date.parse(now) + 12 * 3_600_000 + 1000).toISOString());
    expect((await client.get('/api/session')).status).toBe(401); // sessions last 12 hours
    app.clock.set(now);
    expect((await client.del('/api/session')).status).toBe(204);
    expect((await client.get('/api/session')).status).toBe(401);
    // The test client signs in again by itself when its session has ended.
    const renewing = await login(app.baseUrl, staff.username, staff.password);
    await renewing.del('/api/session');
    expect((await renewing.get('/api/session')).status).toBe(200);
    expect((await anon().get('/api/session')).body.error.code).toBe('loginRequired');
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await anon().post('/api/session', { username: 'county.admin', password: DEFAULT_PASSWORD }, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('redress_session='))).toMatch(/Secure/i);
  });

  it('answers a wrong password and an unknown user alike, in the caller’s language', async () => {
    const wrong = await anon().post('/api/session', { username: 'county.admin', password: 'not-the-password' });
    const unknown = await anon().post('/api/session', { username: 'nobody.here', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error).toMatchObject({ code: 'invalidCredentials', message: '用户名或密码错误' });
    const en = await anon().post('/api/session', { username: 'nobody.here', password: 'x' }, { headers: { 'accept-language': 'en' } });
    expect(en.body.error.message).toBe('Wrong username or password');
  });

  it('refuses sign-in with 429 after 10 failures for a username, even with the right password', async () => {
    const staff = await createStaff(app.ctx, { orgId: township.id, roles: ['clerk'] });
    for (let i = 0; i < 10; i++) {
      expect((await anon().post('/api/session', { username: staff.username, password: `wrong-${i}-password` })).status).toBe(401);
    }
    const blocked = await anon().post('/api/session', { username: staff.username, password: staff.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rateLimited');
    expect(blocked.body.error.message).toMatch(/登录失败次数过多/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Others from the same address are not locked out; the window passes with time.
    expect((await anon().post('/api/session', { username: 'county.admin', password: DEFAULT_PASSWORD })).status).toBe(200);
    app.clock.set(new Date(app.clock.now().getTime() + 16 * 60_000).toISOString());
    expect((await anon().post('/api/session', { username: staff.username, password: staff.password })).status).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token, and changes nothing', async () => {
    const body = { username: 'csrf.victim', displayName: '某某', organizationId: township.id, roles: ['clerk'] };
    const missing = await countyAdmin.post('/api/users', body, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf');
    // The security headers are on refusals by the hooks too, as on every other answer.
    for (const res of [missing, await anon().get('/healthz'), await anon().post('/api/public/lookup', { receiptNo: 'X', queryCode: 'Y' })]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    const forged = await countyAdmin.post('/api/users', body, { csrf: false, headers: { 'x-csrf-token': 'guess' } });
    expect(forged.status).toBe(403);
    const list = await countyAdmin.get('/api/users?q=csrf.victim');
    expect(list.body.total).toBe(0);
    expect((await countyAdmin.del('/api/session', { csrf: false })).status).toBe(403);
    expect((await countyAdmin.get('/api/session')).status).toBe(200);
    expect((await countyAdmin.post('/api/users', body)).status).toBe(201);
  });

  it('changes the own password: proves the current one, needs 10 characters, clears the must-change flag', async () => {
    const created = await countyAdmin.post('/api/users', { username: 'new.handler', displayName: '李四', organizationId: township.id, roles: ['handler'] });
    expect(created.status).toBe(201);
    const oneTime = created.body.password as string;
    const user = await login(app.baseUrl, 'new.handler', oneTime);
    const elsewhere = await login(app.baseUrl, 'new.handler', oneTime, { renew: false });
    expect(user.user.mustChangePassword).toBe(true);
    const change = (currentPassword: string, newPassword: string) => user.post('/api/session/password', { currentPassword, newPassword });
    expect((await change('wrong-current-pw', 'a-new-password')).body.error.code).toBe('currentPasswordWrong');
    expect((await change(oneTime, 'short')).body.error.code).toBe('passwordTooShort');
    expect((await user.post('/api/session/password', { currentPassword: oneTime, newPassword: 'a-new-password' }, { csrf: false })).status).toBe(403);
    expect((await change(oneTime, 'a-new-password')).status).toBe(204);
    expect((await user.get('/api/session')).body.user.mustChangePassword).toBe(false);
    expect((await elsewhere.get('/api/session')).status).toBe(401);
    expect((await anon().post('/api/session', { username: 'new.handler', password: oneTime })).status).toBe(401);
    expect((await anon().post('/api/session', { username: 'new.handler', password: 'a-new-password' })).status).toBe(200);
  });

  it('lets an admin create users and grants only inside the subtree they administer', async () => {
    const outside = await countyAdmin.post('/api/users', { username: 'outsider', displayName: '王五', organizationId: neighbour.id });
    expect(outside.status).toBe(403);
    expect(outside.body.error.code).toBe('forbidden');
    const made = await countyAdmin.post('/api/users', { username: 'zhao.liu', displayName: '赵六', organizationId: township.id, password: 'chosen-by-admin' });
    expect(made.status).toBe(201);
    expect(made.body.password).toBeUndefined();
    expect(made.body.user).toMatchObject({ username: 'zhao.liu', organizationName: '青山镇', mustChangePassword: true, grants: [] });
    const id = made.body.user.id as number;
    expect((await countyAdmin.post('/api/users', { username: 'Zhao.Liu', displayName: '赵六', organizationId: township.id })).status).toBe(409);

    const grant = await countyAdmin.post(`/api/users/${id}/grants`, { role: 'approver', organizationId: county.id });
    expect(grant.status).toBe(201);
    expect(grant.body).toMatchObject({ role: 'approver', organizationId: county.id, organizationName: '青山县人民政府' });
    expect((await countyAdmin.post(`/api/users/${id}/grants`, { role: 'approver', organizationId: county.id })).status).toBe(409);
    expect((await countyAdmin.post(`/api/users/${id}/grants`, { role: 'supervisor', organizationId: city.id })).status).toBe(403);
    expect((await countyAdmin.post(`/api/users/${id}/grants`, { role: 'overlord', organizationId: county.id })).status).toBe(400);

    const neighbourStaff = await createStaff(app.ctx, { orgId: neighbour.id, roles: ['clerk'] });
    expect((await countyAdmin.post(`/api/users/${neighbourStaff.id}/grants`, { role: 'clerk', organizationId: township.id })).status).toBe(403);
    expect((await countyAdmin.get(`/api/users/${neighbourStaff.id}`)).status).toBe(403);

    const list = await countyAdmin.get('/api/users');
    expect(list.status).toBe(200);
    const names = list.body.users.map((u: { username: string }) => u.username);
    expect(names).toContain('zhao.liu');
    expect(names).not.toContain(neighbourStaff.username);
    expect(names).not.toContain('admin');
    expect((await countyAdmin.get(`/api/users?organizationId=${neighbour.id}`)).status).toBe(403);

    expect((await countyAdmin.del(`/api/users/${id}/grants/${grant.body.id}`)).status).toBe(204);
    expect((await countyAdmin.get(`/api/users/${id}`)).body.grants).toEqual([]);
    expect((await countyAdmin.del(`/api/users/${id}/grants/${grant.body.id}`)).status).toBe(404);

    const clerk = await signInAs(app, { orgId: county.id, roles: ['clerk', 'leader'] });
    expect((await clerk.get('/api/users')).status).toBe(403);
    expect((await clerk.post('/api/users', { username: 'nope.nope', displayName: '某', organizationId: county.id })).status).toBe(403);
    expect((await anon().get('/api/users')).status).toBe(401);
  });

  it('adds users from the command line', async () => {
    const created = await userAdd(app.ctx, { username: 'cli.clerk', name: '张三', org: '江州市人民政府/青山县人民政府/青山镇', role: ['clerk', 'handler'], password: 'typed-at-console' });
    expect(created.user).toMatchObject({ organizationId: township.id, mustChangePassword: false });
    expect(created.grants.map((g) => g.role)).toEqual(['clerk', 'handler']);
    const session = await login(app.baseUrl, 'cli.clerk', 'typed-at-console');
    expect(session.user.grants).toHaveLength(2);

    const out: string[] = [];
    const program = new Command().exitOverride();
    registerAccountCommands(program, { open: async () => ({ ...app.ctx, createdKeyPath: undefined, close: async () => {} }), print: (l) => out.push(l), printError: (l) => out.push(l) });
    await program.parseAsync(['user', 'add', '--username', 'cli.leader', '--name', '李局长', '--org', String(county.id), '--role', 'leader'], { from: 'user' });
    const oneTime = out.join('\n').match(/[a-z2-9]{4}(-[a-z2-9]{4}){3}/)?.[0] ?? '';
    expect((await login(app.baseUrl, 'cli.leader', oneTime)).user.mustChangePassword).toBe(true);
    await program.parseAsync(['user', 'grant', '--username', 'cli.leader', '--org', String(city.id), '--role', 'supervisor'], { from: 'user' });
    expect((await login(app.baseUrl, 'cli.leader', oneTime)).user.grants.map((g: { role: string }) => g.role)).toEqual(['leader', 'supervisor']);
  });
});

describe.each(dialects)('password reset and disabling on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(dialect);
  });
  afterAll(() => app?.close());

  it('lets an administrator reset a password and disable a user, ending their sessions', async () => {
    const office = await createOrg(app.ctx, { name: '青山县信访局', kind: 'petitionOffice' });
    const admin = await signInAs(app, { orgId: office.id, roles: ['admin'] });
    const clerkStaff = await createStaff(app.ctx, { orgId: office.id, roles: ['clerk'] });
    const clerk = await login(app.baseUrl, clerkStaff.username, clerkStaff.password, { renew: false });
    expect((await clerk.get('/api/session')).status).toBe(200);

    const reset = await admin.post(`/api/users/${clerkStaff.id}/password-reset`);
    expect(reset.status).toBe(200);
    expect((await clerk.get('/api/session')).status).toBe(401);
    const again = await login(app.baseUrl, clerkStaff.username, reset.body.password);
    expect(again.user.mustChangePassword).toBe(true);

    const disabled = await admin.patch(`/api/users/${clerkStaff.id}`, { disabled: true });
    expect(disabled.body.disabled).toBe(true);
    await expect(login(app.baseUrl, clerkStaff.username, reset.body.password)).rejects.toThrow(/401/);
    expect((await admin.patch(`/api/users/${admin.staff.id}`, { disabled: true })).body.error.code).toBe('cannotDisableSelf');
    expect((await clerk.patch(`/api/users/${clerkStaff.id}`, { disabled: false })).status).toBeGreaterThanOrEqual(401);
    await admin.patch(`/api/users/${clerkStaff.id}`, { disabled: false });
    expect((await login(app.baseUrl, clerkStaff.username, reset.body.password)).user.username).toBe(clerkStaff.username);
  });
});
