import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app.ts';
import { type County, buildCounty } from '../support/county.ts';
import type { Client } from '../support/factories.ts';
import { launchBrowser, screenshot, signedInPage } from './browser.ts';

// Visits and group visits in a real browser: a clerk records a visit, a group is registered and its
// response clock runs, a leader records the reception with a promise, the unit marks it done.
// Run `node scripts/build-web.mjs` first: the test app serves web/dist.
describe('visits and group visits in the browser', () => {
  let app: TestApp;
  let c: County;
  let browser: Browser;

  const pageAs = (who: Client, width = 1360) => signedInPage(browser, app.baseUrl, who, { width });

  /** Picks an organisation in an OrgTreeSelect by typing part of its name. */
  async function pickOrg(page: Page, label: string, name: string) {
    const box = page.getByRole('combobox', { name: label });
    await box.click();
    await box.fill(name.slice(-6));
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: name }).first().click();
  }

  async function pickDate(page: Page, label: string, date: string) {
    const input = page.getByRole('textbox', { name: label });
    await input.click();
    await input.fill(date);
    // Enter would submit the whole form; leaving the field keeps the typed date.
    await input.press('Tab');
  }

  beforeAll(async () => {
    app = await startTestApp('sqlite');
    app.clock.set('2026-11-23T02:00:00Z');
    c = await buildCounty(app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets a clerk record a visit that registers a new petition and hands over its receipt', async () => {
    const page = await pageAs(c.clerk);
    await page.goto(`${app.baseUrl}/reception/visits/new`);
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    await page.getByLabel('来访人 1 姓名').fill('赵大海');
    await page.getByLabel('来访人 1 电话').fill('13912345678');
    await page.getByLabel('来访诉求').fill('请求解决小区电梯长期停运问题');
    await page.getByLabel('解释说明情况').fill('已告知维修资金申请程序，将协调住建局督促物业维修。');
    await page.getByLabel('事项标题').fill('小区电梯长期停运');
    await page.getByLabel('事实和理由').fill('幸福小区3号楼电梯停运半年，物业拖延维修。');
    await page.getByRole('button', { name: '增加承诺事项' }).click();
    await page.getByLabel('承诺事项 1', { exact: true }).fill('一周内由住建局约谈物业公司并答复');
    await pickOrg(page, '承诺事项 1 的责任单位', '青山县住房和城乡建设局');
    await pickDate(page, '承诺事项 1 的办结期限', '2026-11-30');
    await screenshot(page, 'reception-visit-form');
    await page.getByLabel('事实和理由').press('Control+Enter');

    await page.getByRole('heading', { name: '接访已登记，并登记为新的信访事项' }).waitFor();
    const receiptNo = (await page.locator('.visits-code').first().textContent())?.trim() ?? '';
    expect(receiptNo).toMatch(/^XF20261123\d{6}$/);
    await screenshot(page, 'reception-visit-receipt');

    const found = (await c.clerk.get(`/api/petitions?q=${encodeURIComponent('电梯')}`)).body.items.find((p: { receiptNo: string }) => p.receiptNo === receiptNo);
    const petition = (await c.clerk.get(`/api/petitions/${found.id}`)).body;
    expect(petition.channel).toBe('visit');
    expect(petition.events.map((e: { type: string }) => e.type)).toEqual(['registered', 'visitRecorded', 'followUpPromised']);

    // The case page shows the visit in its timeline.
    await page.getByRole('link', { name: '查看信访事项' }).click();
    await page.getByText('来访接待').first().waitFor();
    await page.getByText('接访承诺').first().waitFor();
    await page.getByText('一周内由住建局约谈物业公司并答复').first().waitFor();
    // …and leads back to the record of the reception.
    await page.getByRole('link', { name: '查看接访记录' }).first().click();
    await page.waitForURL(/\/reception\/visits\/\d+$/);
  }, 90_000);

  it('registers a group visit, runs its clock, records the reception with a promise, and closes the follow-up', async () => {
    const page = await pageAs(c.clerk);
    await page.goto(`${app.baseUrl}/reception/group-visits/new`);
    await page.getByRole('heading', { name: '登记集体访' }).waitFor();
    await page.getByLabel('来访人数').fill('25');
    await page.getByLabel('事项标题').fill('征收补偿款未足额发放');
    await page.getByLabel('反映的问题和诉求').fill('请求按协议足额发放房屋征收补偿款');
    await pickOrg(page, '责任单位', '青山县住房和城乡建设局');
    const names = ['王建国', '李春花', '张立新', '刘德华', '陈小红'];
    for (const [i, name] of names.entries()) {
      if (i > 0) await page.getByRole('button', { name: '增加代表' }).click();
      await page.getByLabel(`代表 ${i + 1} 姓名`).fill(name);
    }
    // A sixth representative cannot be added: the rule is said beside the button.
    await expect.poll(() => page.getByRole('button', { name: '增加代表' }).isDisabled()).toBe(true);
    await page.getByText('集体访应推选不超过5名代表').waitFor();
    await screenshot(page, 'reception-group-register');
    await page.getByRole('button', { name: '登记并通知领导' }).click();
    await page.getByRole('heading', { name: '集体访已登记，已通知相关领导' }).waitFor();
    await page.getByText('须由责任单位负责人在 60 分钟内接待').waitFor();
    await page.getByRole('link', { name: '打开集体访页面' }).click();
    await page.getByRole('timer').first().waitFor();
    expect(await page.getByRole('timer').first().textContent()).toMatch(/^剩余 (59:\d\d|1:00:00)$/);

    const list = await pageAs(c.leader);
    await list.goto(`${app.baseUrl}/reception/group-visits`);
    await list.getByRole('link', { name: '征收补偿款未足额发放' }).waitFor();
    await list.getByRole('timer').first().waitFor();
    await screenshot(list, 'reception-group-list');

    await list.getByRole('link', { name: '征收补偿款未足额发放' }).click();
    await list.getByText('登记接待情况').waitFor();
    await screenshot(list, 'reception-group-page');
    await list.getByLabel('接待时的答复和表态').fill('县里高度重视，责成住建局十日内核实补偿款发放情况。');
    await list.getByRole('button', { name: '增加承诺事项' }).click();
    await list.getByLabel('承诺事项 1', { exact: true }).fill('十日内核实并答复补偿款发放情况');
    await pickOrg(list, '承诺事项 1 的责任单位', '青山县住房和城乡建设局');
    await pickDate(list, '承诺事项 1 的办结期限', '2026-12-03');
    await list.getByRole('button', { name: '保存接待情况' }).click();
    await list.getByText('按时接待').waitFor();
    await list.getByRole('cell', { name: '十日内核实并答复补偿款发放情况' }).waitFor();
    await list.getByLabel('接待小结', { exact: true }).fill('群众情绪平稳，住建局已领办。');
    await list.getByRole('button', { name: '保存小结' }).click();
    await list.getByText('群众情绪平稳，住建局已领办。').waitFor();
    await screenshot(list, 'reception-group-received');

    const unit = await pageAs(c.housingHandler, 390);
    await unit.goto(`${app.baseUrl}/reception/follow-ups`);
    await unit.getByRole('heading', { name: '接访承诺事项' }).waitFor();
    await unit.getByRole('button', { name: '登记办结：十日内核实并答复补偿款发放情况' }).click();
    const dialog = unit.getByRole('dialog');
    await dialog.getByLabel('办理结果').fill('已核实，补偿款于12月1日补发到位');
    await dialog.getByRole('button', { name: '登记办结' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await unit.locator('.ant-segmented-item', { hasText: '已办结' }).click();
    await unit.getByText(/已核实，补偿款于12月1日补发到位/).waitFor();
    await screenshot(unit, 'reception-follow-up-done');

    const groups = (await c.clerk.get('/api/group-visits?status=closed')).body.items;
    const events = (await c.clerk.get(`/api/petitions/${groups[0].petitionId}`)).body.events.map((e: { type: string }) => e.type);
    expect(events).toEqual(['registered', 'groupVisitRegistered', 'groupVisitReceived', 'followUpPromised', 'groupVisitSummarized', 'followUpDone']);
  }, 120_000);

  it('lets an administrator change who receives a group visit and how soon', async () => {
    const page = await pageAs(c.admin);
    await page.goto(`${app.baseUrl}/admin/profile`);
    await page.getByText('集体访接待时限').waitFor();
    await page.getByLabel('第 1 档时限').fill('90');
    await screenshot(page, 'reception-profile-rules');
    await page.getByRole('button', { name: '保存时限' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '保存时限' }).click();
    await page.getByText('办理时限已保存').waitFor();
    const rules = (await c.admin.get('/api/admin/profile')).body.profile.groupVisitRules;
    expect(rules[0]).toEqual({ minHeadcount: 5, receiver: 'officeHead', withinMinutes: 90 });
  }, 60_000);
});
