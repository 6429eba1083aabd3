import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyRosterGaps } from '../../src/reception/duty-gap-sweep.ts';
import { type TestApp, startTestApp } from '../support/app.ts';
import { type County, buildCounty } from '../support/county.ts';
import { type Client, type Staff, createStaff } from '../support/factories.ts';
import { launchBrowser, screenshot, signedInPage } from './browser.ts';

// The duty roster and the notification bell in a real browser, on the Monday before National Day.
// Run `node scripts/build-web.mjs` first: the test app serves web/dist.
describe('the duty roster in the browser', () => {
  let app: TestApp;
  let c: County;
  let browser: Browser;
  let chen: Staff;
  let zhou: Staff;

  const pageAs = (who: Client) => signedInPage(browser, app.baseUrl, who);

  /**
   * Waits for the drawers' slide-in to finish, so a screenshot shows them where they stay. A string,
   * because the tests' types know no DOM; a cancelled transition has settled too.
   */
  const settled = (page: Page) =>
    page.evaluate(`Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined)))`);

  /**
   * Chooses people in a PeopleSelect by typing each name and taking the match with Enter, checking
   * that each shows as chosen. A click on an option that is still sliding in can be lost on a loaded
   * machine (the choice stays empty); the keyboard goes where the focus is.
   */
  async function choose(page: Page, field: Locator, names: string[]) {
    const select = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
    await field.click();
    for (const name of names) {
      await field.fill(name);
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option-active[title^="${name}"]`).waitFor();
      await page.keyboard.press('Enter');
      await select.locator(`[title^="${name}"]`).first().waitFor();
    }
  }

  beforeAll(async () => {
    app = await startTestApp('sqlite');
    app.clock.set('2026-09-28T02:00:00Z');
    c = await buildCounty(app);
    chen = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '陈晨' });
    zhou = await createStaff(app.ctx, { orgId: c.office.id, roles: ['clerk'], displayName: '周洋' });
    const fill = (duty: string, from: string, to: string, userIds: number[]) => c.admin.post('/api/duty/shifts/fill', { organizationId: c.office.id, duty, from, to, userIds });
    await fill('reception', '2026-09-28', '2026-10-04', [chen.id, zhou.id]);
    await fill('reception', '2026-10-08', '2026-10-25', [chen.id, zhou.id]);
    await fill('onCall', '2026-09-28', '2026-10-03', [c.leader.user.id]);
    await fill('onCall', '2026-10-08', '2026-10-25', [c.leader.user.id]);
    await notifyRosterGaps(app.ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('flags the holiday gaps to an administrator, who fills them and records a swap', async () => {
    const page = await pageAs(c.admin);
    await page.goto(`${app.baseUrl}/reception/duty?month=2026-10`);
    await page.getByRole('heading', { name: '值班表' }).waitFor();
    const gaps = page.getByRole('alert').filter({ hasText: '值班缺人' });
    await gaps.getByText('9月28日 周一至10月25日 周日有 4 天值班缺人，请及时排班').waitFor();
    await expect.poll(() => gaps.getByRole('listitem').allTextContents()).toEqual([
      '10月4日 周日 国庆节：缺带班领导',
      '10月5日 周一 国庆节：缺接待值班和带班领导',
      '10月6日 周二 国庆节：缺接待值班和带班领导',
      '10月7日 周三 国庆节：缺接待值班和带班领导',
    ]);
    await page.getByRole('row', { name: /10月6日 周二 国庆节/ }).getByText('缺人').first().waitFor();
    await screenshot(page, 'duty-gaps');

    await gaps.getByRole('button', { name: '用轮换填补带班领导缺口' }).click();
    let dialog = page.getByRole('dialog', { name: '批量排班' });
    await choose(page, dialog.getByLabel('轮换人员（按选择顺序轮流）'), [c.leader.user.displayName]);
    await dialog.getByRole('button', { name: '排 班' }).or(dialog.getByRole('button', { name: '排班' })).click();
    await page.getByText('已安排 4 人次，涉及 4 天').waitFor();

    await gaps.getByRole('button', { name: '用轮换填补接待值班缺口' }).click();
    dialog = page.getByRole('dialog', { name: '批量排班' });
    await choose(page, dialog.getByLabel('轮换人员（按选择顺序轮流）'), ['陈晨', '周洋']);
    await dialog.getByRole('button', { name: '排 班' }).or(dialog.getByRole('button', { name: '排班' })).click();
    await page.getByText('已安排 3 人次，涉及 3 天').waitFor();
    await page.getByText('9月28日 周一至10月25日 周日每天都已安排接待值班和带班领导。').waitFor();
    await screenshot(page, 'duty-filled');

    await page.getByRole('button', { name: '查看10月5日 周一 接待值班：陈晨' }).click();
    const drawer = page.getByRole('dialog', { name: '10月5日 周一 接待值班' });
    await drawer.getByText('没有换过班').waitFor();
    await choose(page, drawer.getByLabel('换为'), ['周洋']);
    await drawer.getByRole('button', { name: '确认换班' }).click();
    await drawer.getByText('请填写换班原因').waitFor(); // no reason, no swap
    await drawer.getByLabel('换班原因').fill('陈晨节日期间照顾住院的母亲');
    await drawer.getByRole('button', { name: '确认换班' }).click();
    await drawer.getByText('由陈晨换为周洋').waitFor();
    await drawer.getByText('原因：陈晨节日期间照顾住院的母亲').waitFor();
    await settled(page);
    await screenshot(page, 'duty-swap');
    const roster = (await c.admin.get(`/api/duty/roster?organizationId=${c.office.id}&month=2026-10`)).body;
    const oct5 = roster.days.find((d: { day: string }) => d.day === '2026-10-05');
    expect(oct5.reception.people).toEqual([expect.objectContaining({ displayName: '周洋', swaps: 1 })]);
  }, 120_000);

  it('shows the unread notifications on the bell and marks them read', async () => {
    // A new gap after the first notice: taking the leader off 10 October tells the approver again.
    const roster = (await c.admin.get(`/api/duty/roster?organizationId=${c.office.id}&month=2026-10`)).body;
    const oct10 = roster.days.find((d: { day: string }) => d.day === '2026-10-10');
    expect((await c.admin.del(`/api/duty/shifts/${oct10.onCall.people[0].shiftId}`)).status).toBe(204);
    await notifyRosterGaps(app.ctx);

    const page = await pageAs(c.countyApprover);
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('button', { name: '通知（2 条未读）' }).click();
    const drawer = page.getByRole('dialog', { name: '通知' });
    await drawer.getByText(/2026-10-05（国庆节）：接待值班、带班领导/).waitFor();
    await settled(page);
    await screenshot(page, 'duty-notifications');
    await drawer.getByRole('button', { name: '将“值班缺人：青山县信访局有 4 天无人值班”标为已读' }).click();
    await page.getByRole('button', { name: '通知（1 条未读）' }).waitFor();
    await drawer.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('button', { name: '通知', exact: true }).waitFor();
    expect((await c.countyApprover.get('/api/notifications')).body.unread).toBe(0);

    // Following a notice leads to the roster of that month.
    await drawer.getByRole('link', { name: '值班缺人：青山县信访局有 1 天无人值班' }).click();
    await page.waitForURL(`**/reception/duty?org=${c.office.id}&month=2026-10`);
    await page.getByRole('heading', { name: '值班表' }).waitFor();

    await page.getByRole('button', { name: '通知', exact: true }).click();
    await page.getByLabel('电子邮箱').fill('approver@qingshan.example');
    await page.getByRole('button', { name: '保 存' }).or(page.getByRole('button', { name: '保存' })).click();
    await page.getByText('通知将同时发送到 approver@qingshan.example').waitFor();
    expect((await c.countyApprover.get('/api/users/me/email')).body.email).toBe('approver@qingshan.example');
  }, 120_000);

  it('lets an administrator give a member of staff an address for notifications', async () => {
    const page = await pageAs(c.admin);
    await page.goto(`${app.baseUrl}/admin/users`);
    await page.getByRole('button', { name: '管理陈晨的角色' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('电子邮箱').fill('chen@qingshan');
    await drawer.getByRole('button', { name: '保存邮箱' }).click();
    await drawer.getByText('“chen@qingshan”不是有效的电子邮箱地址').waitFor();
    await drawer.getByLabel('电子邮箱').fill('chen@qingshan.example');
    await drawer.getByRole('button', { name: '保存邮箱' }).click();
    await drawer.getByText('邮箱已保存').waitFor();
    await page.getByRole('cell', { name: 'chen@qingshan.example' }).waitFor();
    expect((await c.admin.get(`/api/users/${chen.id}`)).body.email).toBe('chen@qingshan.example');
  }, 60_000);
});
