import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../src/accounts/ensure-first-admin.ts';
import { type TestApp, startTestApp } from '../support/app.ts';
import { type County, buildCounty } from '../support/county.ts';
import { DEFAULT_PASSWORD } from '../support/factories.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { act, pickOrganization, registerVisitByKeyboard, signIn, signOut, textOf } from './workbench.steps.ts';

// A browser flow is slow next to API tests: each step waits for real rendering.
describe('the staff workbench in the browser', { timeout: 120_000 }, () => {
  let app: TestApp;
  let browser: Browser;
  let county: County;
  let firstAdmin: { username: string; password: string };
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp('sqlite');
    // The browser keeps the session cookie by its own clock: the server's must agree with it.
    app.clock.set(new Date().toISOString());
    // The first administrator exists only on an empty database: create it before the county's staff.
    firstAdmin = (await ensureFirstAdmin(app.ctx)) as { username: string; password: string };
    county = await buildCounty(app);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await screenshot(page, `workbench-failed-${ctx.task.name.slice(0, 24)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a clerk registers a visit by keyboard and hands over the receipt', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await screenshot(page, 'workbench-login');
    await signIn(page, app.baseUrl, county.clerk.user.username, DEFAULT_PASSWORD);
    await page.getByRole('heading', { name: '待办事项' }).waitFor();

    await page.keyboard.press('n');
    await page.getByRole('heading', { name: '登记信访事项' }).waitFor();
    await registerVisitByKeyboard(page);
    await page.getByRole('button', { name: '登记', exact: true }).focus();
    await screenshot(page, 'workbench-register');
    await page.keyboard.press('Control+Enter');

    const receiptNo = await textOf(page.locator('.receipt-code'));
    expect(receiptNo).toMatch(/^XF\d{14}$/);
    expect(await page.locator('.receipt-code').nth(1).innerText()).toMatch(/^[A-Z0-9]{8}$/);
    await expect.poll(() => page.getByText('李秀英').count()).toBeGreaterThan(0);
    await screenshot(page, 'workbench-receipt');
  });

  it('the clerk forwards the case to the housing bureau', async () => {
    await page.getByRole('link', { name: '查看此事项' }).click();
    await page.locator('#case-title').waitFor();
    expect(await textOf(page.locator('#case-title'))).toBe('小区物业长期不维修电梯');
    expect(await page.locator('.case-card').filter({ hasText: '附件' }).getByRole('link').count()).toBe(1);
    const next = await act(page, '转送', (dialog) => pickOrganization(page, dialog.getByLabel('送往机关'), '住房和城乡建设局'));
    expect(next).toContain('转送告知书');
    await expect.poll(() => page.getByText('承办单位：青山县住房和城乡建设局').count()).toBe(1);
  });

  it("the housing bureau's approver accepts, extends and replies", async () => {
    const caseUrl = page.url();
    await signOut(page);
    await signIn(page, app.baseUrl, county.housingApprover.user.username, DEFAULT_PASSWORD);
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    // The inbox: the due date's reason on hover, then the keyboard opens the selected case.
    await page.locator('.ant-table-row .due').first().hover();
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('次日起 15 日');
    await screenshot(page, 'workbench-inbox');
    await page.keyboard.press('/');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-label')).toBe('全文搜索');
    await page.locator('h3').first().click();
    await page.keyboard.press('Enter');
    await page.locator('#case-title').waitFor();
    expect(page.url()).toBe(caseUrl);

    // Personal data in full only in the dialog, after a stated reason.
    expect(await page.getByText('李秀英').count()).toBe(0);
    await page.getByRole('button', { name: '查看信访人 1 的完整信息' }).click();
    await page.getByRole('dialog').getByLabel('查看事由').fill('电话联系信访人核实情况');
    await page.getByRole('button', { name: '记录事由并查看' }).click();
    await page.getByRole('dialog').getByText('李秀英').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => page.getByText('李秀英').count()).toBe(0);

    expect(await act(page, '受理')).toContain('受理告知书，办理期限 60 日');
    await page.locator('.case-actions').getByRole('button', { name: '延长期限' }).waitFor();
    const extension = await act(page, '延长期限', async (d) => {
      await d.getByLabel('延长天数').fill('10');
      await d.getByLabel('理由').fill('涉及多个部门，需要协调会商');
    });
    expect(extension).toContain('延长 10 日');
    const reply = await act(page, '出具处理意见', async (d) => {
      await d.getByText('支持', { exact: true }).click();
      await d.getByLabel('意见正文').fill('经调查，已责令物业公司于十日内修复电梯。');
    });
    expect(reply).toContain('处理意见书');
    await expect.poll(() => page.locator('.case-header').getByText('待申请复查').count()).toBe(1);
    for (const title of ['信访事项转送告知书', '信访事项受理告知书', '延长信访事项办理期限告知书', '信访事项处理意见书']) {
      await expect.poll(() => page.getByRole('button', { name: title }).count()).toBe(1);
    }
    await screenshot(page, 'workbench-case');
    await signOut(page);
  });

  it('the first administrator must choose a new password before anything else', async () => {
    const admin = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    admin.on('pageerror', (e) => errors.push(e.message));
    await signIn(admin, app.baseUrl, firstAdmin.username, firstAdmin.password);
    await admin.getByRole('heading', { name: '请设置新密码' }).waitFor();
    expect(await admin.locator('.wb-layout').count()).toBe(0);
    await screenshot(admin, 'workbench-change-password');
    await admin.getByLabel('一次性密码（当前密码）').fill(firstAdmin.password);
    await admin.getByLabel('新密码', { exact: true }).fill('a-long-new-password-1');
    await admin.getByLabel('再次输入新密码').fill('a-long-new-password-1');
    await admin.getByRole('button', { name: '保存新密码' }).click();
    await admin.locator('.wb-layout').waitFor();
    expect(await textOf(admin.locator('.wb-user-name'))).toBe('系统管理员');
    await admin.close();
    expect(errors).toEqual([]);
  });
});
