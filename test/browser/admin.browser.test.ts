import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app.ts';
import { type County, buildCounty, letterPetition } from '../support/county.ts';
import { type Client, login } from '../support/factories.ts';
import { launchBrowser, screenshot, signedInPage } from './browser.ts';

// Supervision and administration in a real browser, on one county whose clock the test moves.
// Run `node scripts/build-web.mjs` first: the test app serves web/dist.
describe('supervision and administration in the browser', () => {
  let app: TestApp;
  let c: County;
  let browser: Browser;

  const pageAs = (who: Client) => signedInPage(browser, app.baseUrl, who);

  beforeAll(async () => {
    app = await startTestApp('sqlite');
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a supervisor the overdue case of an organisation and urges it', async () => {
    const held = (await c.clerk.post('/api/petitions', letterPetition({ title: '小区电梯长期停运' }))).body;
    const forwarded = (await c.clerk.post('/api/petitions', letterPetition({ title: '道路积水无人处理' }))).body;
    await c.clerk.post(`/api/petitions/${forwarded.id}/actions`, { type: 'forward', toOrgId: c.housing.id });
    app.clock.set('2026-11-20T02:00:00Z'); // both were due 2026-11-17
    const petitionerId = (await c.clerk.get(`/api/petitions/${held.id}`)).body.petitioners[0].id;
    await c.clerk.post(`/api/petitions/${held.id}/petitioners/${petitionerId}/unmask`, { reason: '电话联系信访人核实地址' });

    const page = await pageAs(c.supervisor);
    await page.goto(`${app.baseUrl}/supervision`);
    await page.getByRole('heading', { name: '督查督办' }).waitFor();
    await page.getByRole('img', { name: /条形图/ }).waitFor(); // two organisations to compare: the chart loads
    await page.getByRole('button', { name: '查看青山县信访局的逾期案件' }).click();
    await page.getByRole('heading', { name: '青山县信访局 的案件' }).waitFor();
    await page.getByRole('checkbox', { name: `选择 ${held.receiptNo}` }).check();
    await screenshot(page, 'supervision');

    await page.getByRole('button', { name: '督办所选（1）' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('督办意见').fill('请于3个工作日内办结并报告');
    await dialog.getByRole('button', { name: '发出督办' }).click();
    await dialog.getByText('已督办 1 件，共 1 件').waitFor();
    await screenshot(page, 'supervision-urged');
    await dialog.getByRole('link', { name: held.receiptNo }).click();
    await page.waitForURL(`**/cases/${held.id}`);
    await expect.poll(() => page.getByText('请于3个工作日内办结并报告').count()).toBeGreaterThan(0);
    await page.getByText('督办', { exact: true }).first().waitFor();
    const events = (await c.supervisor.get(`/api/petitions/${held.id}`)).body.events;
    expect(events.at(-1)).toMatchObject({ type: 'urged' });

    const auditor = await pageAs(c.auditor);
    await auditor.goto(`${app.baseUrl}/admin/access-log`);
    await auditor.getByText('电话联系信访人核实地址').waitFor();
    await screenshot(auditor, 'access-log');
  }, 90_000);

  it('lets an administrator enter 2027 and recomputes the provisional due dates', async () => {
    app.clock.set('2026-12-20T02:00:00Z');
    const reg = (await c.clerk.post('/api/petitions', letterPetition({ title: '年底登记的信访事项' }))).body;
    expect(reg.dueOn).toBe('2027-01-04'); // weekends only, for now

    const page = await pageAs(c.admin);
    await page.goto(`${app.baseUrl}/admin/calendar`);
    await page.getByRole('heading', { name: '录入 2027 年节假日安排' }).waitFor();
    await expect.poll(() => page.getByTestId('provisional-count').textContent()).toBe('1');
    await page.getByLabel('第 1 段放假的节日').fill('元旦');
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2027-01-01');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('结束日期').fill('2027-01-04');
    await page.keyboard.press('Enter'); // confirms the range; it must not save the year
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByText('共 4 个放假日、0 个调休上班日').waitFor();
    await screenshot(page, 'calendar');

    await page.getByRole('button', { name: '保存 2027 年安排' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '保存 2027 年安排' }).click();
    await page.getByText('重新计算了 1 个暂定期限，其中 1 个日期有变动').waitFor();
    await expect.poll(() => page.getByTestId('provisional-count').textContent()).toBe('0');
    await screenshot(page, 'calendar-entered');
    expect((await c.clerk.get(`/api/petitions/${reg.id}`)).body.dueOn).toBe('2027-01-05');

    await page.goto(`${app.baseUrl}/admin/profile`);
    await page.getByText('有权处理机关，自收到转送、交办事项之日起').waitFor();
    await screenshot(page, 'profile');
  }, 90_000);

  it('lets an administrator add a user with a role and shows the one-time password once', async () => {
    const page = await pageAs(c.admin);
    await page.goto(`${app.baseUrl}/admin/users`);
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('王晓梅');
    await dialog.getByLabel('用户名').fill('wangxm');
    await dialog.getByLabel('所在单位').click();
    await page.keyboard.type('信访局');
    await page.getByRole('tree').getByText('青山县信访局').click();
    await dialog.getByRole('checkbox', { name: '登记员' }).check();
    await dialog.getByRole('button', { name: '创建' }).click();
    const password = (await dialog.getByTestId('one-time-password').textContent())?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'users-created');
    await dialog.getByRole('button', { name: '完成' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'wangxm', exact: true }).waitFor();
    await screenshot(page, 'users');

    const listed = (await c.admin.get('/api/users?q=wangxm')).body.users[0];
    expect(listed).toMatchObject({ displayName: '王晓梅', organizationId: c.office.id, mustChangePassword: true, grants: [expect.objectContaining({ role: 'clerk', organizationId: c.office.id })] });
    const first = await login(app.baseUrl, 'wangxm', password);
    expect(first.user).toMatchObject({ username: 'wangxm', mustChangePassword: true });
  }, 90_000);

  it('lets an administrator name who reviews a bureau’s decisions', async () => {
    const page = await pageAs(c.admin);
    await page.goto(`${app.baseUrl}/admin/organizations`);
    await page.getByRole('tree').getByText('青山县住房和城乡建设局').click();
    await page.getByText('上一级：青山县人民政府（默认）').waitFor();
    await page.getByRole('button', { name: '更改' }).click();
    await page.getByLabel('复查机关').click();
    await page.keyboard.type('江州市');
    await page.locator('.ant-select-tree').getByText('江州市人民政府').click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '更改' }).waitFor();
    await screenshot(page, 'organizations-reviewing-body');
    const housing = (await c.admin.get('/api/organizations')).body.organizations.find((o: { id: number }) => o.id === c.housing.id);
    expect(housing.reviewingOrgId).toBe(c.city.id);
  }, 90_000);
});
