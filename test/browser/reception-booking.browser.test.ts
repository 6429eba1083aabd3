import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app.ts';
import { type County, buildCounty } from '../support/county.ts';
import type { Client } from '../support/factories.ts';
import { launchBrowser, screenshot, signedInPage } from './browser.ts';
import { expectLabelled, expectNoOverflow, openPortalPage } from './portal-helpers.ts';

// A petitioner books a leaders' reception day on a 360 px phone, keeps the booking number and
// code, looks the booking up again, and the clerk finds it on the day's list in the workbench.
// Run `node scripts/build-web.mjs` first: the test app serves web/dist.
describe('booking a reception day in the browser', () => {
  let app: TestApp;
  let c: County;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];

  async function staffPage(who: Client): Promise<Page> {
    const page = await signedInPage(browser, app.baseUrl, who);
    page.setDefaultTimeout(60_000);
    return page;
  }

  beforeAll(async () => {
    app = await startTestApp('sqlite');
    app.clock.set('2026-10-05T02:00:00Z');
    c = await buildCounty(app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    expect(errors.flat()).toEqual([]);
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('books a slot from the portal, looks it up with number and code, and the clerk sees it', async () => {
    const created = await c.clerk.post('/api/reception-days', {
      organizationId: c.office.id,
      day: '2026-10-12',
      startsAt: '09:00',
      endsAt: '11:00',
      place: '青山县信访局一楼接待大厅',
      leaders: [
        { name: '王某某', title: '县长' },
        { name: '赵某', title: '副县长' },
      ],
      topics: '城乡建设、征地拆迁、物业管理',
      slotMinutes: 30,
      slotCapacity: 2,
    });
    expect(created.status).toBe(201);
    const dayId = created.body.day.id;

    const run = { name: 'phone', lang: 'zh-CN' as const, viewport: { width: 360, height: 740 }, mobile: true };
    const opened = await openPortalPage(browser, run);
    contexts.push(opened.context);
    errors.push(opened.errors);
    const page = opened.page;
    const fits = async () => {
      await expectNoOverflow(page, 360);
      await expectLabelled(page);
    };

    await page.goto(`${app.baseUrl}/public/`);
    await page.getByRole('navigation').getByRole('link', { name: '预约接访' }).click();
    await page.getByRole('heading', { name: '领导接访日', level: 1 }).waitFor();
    const card = page.getByRole('article', { name: /2026年10月12日/ });
    await card.getByText('县长 王某某、副县长 赵某').waitFor();
    await card.getByText('城乡建设、征地拆迁、物业管理').waitFor();
    expect(await card.getByText('余 2 个名额').count()).toBe(4);
    expect(await page.getByRole('link', { name: '订阅接访日日历' }).getAttribute('href')).toBe(`${app.baseUrl}/api/public/reception-days.ics`);
    await fits();
    await screenshot(page, 'reception-days-phone');

    await card.getByRole('link', { name: /预约 .*的接访日/ }).click();
    await page.getByRole('heading', { name: '预约领导接访' }).waitFor();
    await page.getByRole('button', { name: '提交预约' }).click();
    await page.getByText('请填写您的姓名').waitFor();
    await page.getByText('请阅读并同意个人信息处理说明').waitFor();
    await page.getByLabel('联系电话').fill('12345');
    await page.getByText(/请填写正确的手机号码/).waitFor();
    await fits();
    await screenshot(page, 'reception-booking-errors');

    await page.getByRole('radio', { name: /09:30–10:00/ }).check();
    await page.getByRole('textbox', { name: '姓名', exact: true }).fill('李秀英');
    await page.getByLabel('联系电话').fill('138 1234 5678');
    await page.getByRole('textbox', { name: '电子邮箱' }).fill('li@example.cn');
    await page.getByLabel('反映事项').fill('小区电梯长期停运，物业拖延维修，请求督促解决');
    await page.getByRole('checkbox', { name: /我同意/ }).check();
    await page.getByRole('button', { name: '提交预约' }).click();
    await page.getByRole('heading', { name: '预约成功' }).waitFor();
    const bookingNo = (await page.getByTestId('booking-no').innerText()).trim();
    const code = (await page.getByTestId('booking-code').innerText()).trim();
    expect(bookingNo).toMatch(/^JF20261012\d{4}$/);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await page.getByText('2026年10月12日星期一 09:30–10:00').waitFor();
    await page.getByRole('button', { name: '复制预约码' }).waitFor();
    await fits();
    await screenshot(page, 'reception-confirmation-phone');

    // Straight from the confirmation the booking opens without typing the code again.
    await page.getByRole('link', { name: '查看我的预约' }).click();
    await page.getByRole('heading', { name: new RegExp(`预约号 ${bookingNo}`) }).waitFor();
    await page.getByText('已预约', { exact: true }).waitFor();

    // A fresh visit: number and code typed in; a wrong code gets the one neutral answer.
    const fresh = await openPortalPage(browser, run);
    contexts.push(fresh.context);
    errors.push(fresh.errors);
    await fresh.page.goto(`${app.baseUrl}/public/reception/booking`);
    await fresh.page.getByLabel('预约号').fill(bookingNo.toLowerCase());
    await fresh.page.getByLabel('预约码').fill('WRONGCDE');
    await fresh.page.getByRole('button', { name: '查看预约' }).click();
    await fresh.page.getByText('预约号或预约码不正确').waitFor();
    await fresh.page.getByLabel('预约码').fill(code);
    await fresh.page.getByRole('button', { name: '查看预约' }).click();
    await fresh.page.getByRole('heading', { name: new RegExp(`预约号 ${bookingNo}`) }).waitFor();
    await fresh.page.getByText('李**').waitFor();
    await fresh.page.getByRole('button', { name: '取消预约' }).waitFor();
    await expectNoOverflow(fresh.page, 360);
    await screenshot(fresh.page, 'reception-my-booking-phone');

    // The clerk's list of the day shows the booking, masked, with its slot.
    const staff = await staffPage(c.clerk);
    await staff.goto(`${app.baseUrl}/reception/days`);
    await staff.getByRole('heading', { name: '领导接访日' }).waitFor();
    await staff.getByRole('cell', { name: '1 / 8' }).waitFor();
    await screenshot(staff, 'reception-days-staff');
    await staff.getByRole('link', { name: /查看 2026-10-12/ }).click();
    await staff.waitForURL(`**/reception/days/${dayId}`);
    const row = staff.getByRole('row', { name: new RegExp(bookingNo) });
    await row.getByText('李** · 138****5678').waitFor();
    await row.getByText('09:30').waitFor();
    await row.getByText('已预约').waitFor();
    expect(await staff.getByRole('button', { name: /已到场/ }).count()).toBe(0); // nobody can have come before the day
    await screenshot(staff, 'reception-day-staff');

    // Booking for a caller from the day page gives the clerk a number and code to read out.
    await staff.getByRole('button', { name: '为来电群众预约' }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('张三');
    await dialog.getByLabel('联系电话').fill('0791-86001234');
    await dialog.getByLabel('反映事项').fill('征地补偿款未发放');
    await dialog.getByRole('button', { name: '预约' }).click();
    await dialog.getByTestId('wb-booking-code').waitFor();
    await screenshot(staff, 'reception-book-for-caller');
    await dialog.getByRole('button', { name: '完成' }).click();
    await staff.getByRole('row', { name: /张\* · 079/ }).waitFor();

    // A clerk publishes the next day from the list; it is on the portal at once.
    await staff.getByRole('link', { name: '← 返回接访日列表' }).click();
    await staff.getByRole('button', { name: '新建接访日' }).click();
    const form = staff.getByRole('dialog');
    await form.getByLabel('日期').fill('2026-10-19');
    await form.getByLabel('接访地点').fill('东岭镇人民政府接待室');
    await form.getByLabel('第 1 位领导职务').fill('副县长');
    await form.getByLabel('第 1 位领导姓名').fill('陈某');
    await form.getByLabel('接访内容').fill('农村土地承包');
    await screenshot(staff, 'reception-day-form');
    await form.getByRole('button', { name: '发布' }).click();
    await staff.getByRole('link', { name: /查看 2026-10-19/ }).waitFor();
    const published = (await c.clerk.get('/api/public/reception-days')).body.days.map((d: { day: string; place: string }) => [d.day, d.place]);
    expect(published).toContainEqual(['2026-10-19', '东岭镇人民政府接待室']);
  }, 180_000);

  it('reads in English on a phone too, with nothing wider than the screen', async () => {
    const run = { name: 'phone-en', lang: 'en' as const, viewport: { width: 360, height: 740 }, mobile: true };
    const { context, page, errors: pageErrors } = await openPortalPage(browser, run);
    contexts.push(context);
    errors.push(pageErrors);
    await page.goto(`${app.baseUrl}/public/reception`);
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.getByRole('heading', { name: 'Leaders’ reception days', level: 1 }).waitFor();
    await page.getByText('县长 王某某、副县长 赵某').waitFor(); // titles are published as entered
    await page.getByRole('link', { name: /Book the reception day of/ }).first().click();
    await page.getByRole('button', { name: 'Book', exact: true }).waitFor();
    await expectNoOverflow(page, 360);
    await expectLabelled(page);
    await screenshot(page, 'reception-booking-phone-en');
  }, 120_000);
});
