import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app.ts';
import { type County, buildCounty, VALID_ID } from '../support/county.ts';
import { anonymousClient } from '../support/factories.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { day, expectLabelled, expectNoOverflow, openPortalPage, type Run, tinyPng, words } from './portal-helpers.ts';

// A petitioner uses the public portal in real Chromium: on a 360 px phone in Chinese and on a
// desktop in English. Staff move the case through the API in between, and the test clock moves
// past the window for a re-review.
const runs: Run[] = [
  { name: 'phone', lang: 'zh-CN', viewport: { width: 360, height: 740 }, mobile: true },
  { name: 'desktop', lang: 'en', viewport: { width: 1280, height: 900 }, mobile: false },
];
const phone = runs[0] as Run;

describe('the public portal', () => {
  let app: TestApp;
  let c: County;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[][] = [];
  beforeAll(async () => {
    app = await startTestApp('sqlite');
    c = await buildCounty(app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // No script error on any page, in any test.
    expect(pageErrors.flat()).toEqual([]);
    for (const ctx of contexts) await ctx.close();
    await browser?.close();
    await app?.close();
  });

  const open = async (run: Run): Promise<Page> => {
    const { context, page, errors } = await openPortalPage(browser, run);
    contexts.push(context);
    pageErrors.push(errors);
    return page;
  };
  const act = (who: County[keyof County], id: number, body: Record<string, unknown>) => (who as County['clerk']).post(`/api/petitions/${id}/actions`, body);

  for (const run of runs) {
    it(`${run.name} (${run.lang}): submits with a photo, gets the receipt, looks up, rates, asks for review; a late request is told why`, async () => {
      const t = words(run.lang);
      const shot = (name: string) => screenshot(page, `portal-${run.name}-${name}`);
      // Each screen: nothing wider than a phone, and every control named.
      const fits = async () => {
        if (run.mobile) await expectNoOverflow(page, run.viewport.width);
        await expectLabelled(page);
      };
      app.clock.set('2026-09-21T02:00:00Z');
      const page = await open(run);

      // How it works: the limits come from the procedure profile.
      await page.goto(`${app.baseUrl}/public/`);
      if (run.lang === 'en') await page.getByRole('button', { name: 'Read in English' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 30_000 }).toBe(run.lang);
      await page.getByText(t('portal.home.procedure.acceptance', { period: t('portal.common.days', { count: 15 }) })).waitFor();
      await expect.poll(() => page.getByText(t('portal.home.procedure.names.handling')).isVisible(), { timeout: 30_000 }).toBe(true);
      await fits();
      await shot('1-home');

      // Step 1: the matter. Empty fields are refused with the reader's words.
      await page.getByRole('main').getByRole('link', { name: t('portal.home.submit') }).first().click();
      await page.getByRole('button', { name: t('portal.submit.next') }).click();
      await page.getByText(t('portal.submit.errors.category')).waitFor();
      await page.getByText(t('portal.submit.errors.title')).waitFor();
      await page.getByRole('radio', { name: new RegExp(t('portal.category.claim.label')) }).check();
      await page.getByLabel(t('portal.submit.matter.title'), { exact: true }).fill('小区电梯停运半年无人维修');
      await page.getByLabel(t('portal.submit.matter.request')).fill('请督促物业公司尽快修复3号楼电梯');
      await page.getByLabel(t('portal.submit.matter.content')).fill('3号楼电梯自2026年3月起停运，物业以资金不足为由拖延，老人上下楼十分困难。');
      await page.getByLabel(t('portal.submit.matter.respondent')).fill('幸福小区物业服务有限公司');
      await fits();
      await shot('2-submit-matter');
      await page.getByRole('button', { name: t('portal.submit.next') }).click();

      // Step 2: who you are. A mistyped ID number is caught before sending.
      await page.getByRole('heading', { name: new RegExp(t('portal.submit.stepTitles.identity')) }).waitFor();
      await page.getByLabel(t('portal.submit.identity.name')).fill('李秀英');
      await page.getByLabel(t('portal.submit.identity.idNumber')).fill('369922196503140028');
      await page.getByRole('button', { name: t('portal.submit.next') }).click();
      await page.getByText(t('portal.submit.errors.idNumber')).waitFor();
      await page.getByLabel(t('portal.submit.identity.idNumber')).fill(VALID_ID);
      await page.getByLabel(t('portal.submit.identity.phone')).fill('13812345678');
      await fits();
      await shot('3-submit-identity');
      await page.getByRole('button', { name: t('portal.submit.next') }).click();

      // Step 3: a photo, uploaded at once through POST /api/public/attachments.
      await page.getByRole('heading', { name: new RegExp(t('portal.submit.stepTitles.files')) }).waitFor();
      await page.locator('input[type=file]').first().setInputFiles({ name: 'elevator.png', mimeType: 'image/png', buffer: tinyPng });
      await expect.poll(() => page.locator('.ant-upload-list-item-done').count(), { timeout: 30_000 }).toBe(1);
      await fits();
      await shot('4-submit-files');
      await page.getByRole('button', { name: t('portal.submit.next') }).click();

      // Step 4: review, consent, submit.
      const summary = page.locator('.portal-summary');
      await summary.getByText('李秀英').waitFor();
      await summary.getByText('elevator.png').waitFor();
      await page.getByRole('button', { name: t('portal.submit.send') }).click();
      await page.getByText(t('portal.submit.errors.consent')).waitFor();
      await page.getByRole('checkbox', { name: t('portal.submit.review.consent') }).check();
      await fits();
      await shot('5-submit-confirm');
      await page.getByRole('button', { name: t('portal.submit.send') }).click();

      // The receipt: number and code, large, with copy buttons and a warning to keep the code.
      await page.getByRole('heading', { name: t('portal.receipt.title') }).waitFor();
      const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
      const queryCode = (await page.getByTestId('query-code').textContent()) ?? '';
      expect(receiptNo).toMatch(/^XF20260921\d{6}$/);
      expect(queryCode).toMatch(/^[A-Z2-9]{8}$/);
      await page.getByText(t('portal.receipt.keepTitle')).waitFor();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('button', { name: t('portal.common.copyWhat', { what: t('portal.receipt.queryCode') }) }).click();
      await page.getByText(t('portal.common.copiedWhat', { what: t('portal.receipt.queryCode') })).waitFor();
      expect(await page.evaluate('navigator.clipboard.readText()')).toBe(queryCode);
      await page.getByRole('button', { name: t('portal.receipt.print') }).click();
      expect(await page.evaluate('printed.length')).toBe(1);
      expect(page.url()).not.toContain(queryCode);
      await fits();
      await shot('6-receipt');
      // What the printer gets: the receipt alone, no navigation or buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      await shot('6-receipt-print');
      await page.emulateMedia({ media: 'screen' });

      // Registered once, with the photo; the code is nowhere in storage.
      const row = await app.ctx.database.db.selectFrom('petitions').select(['id', 'channel']).where('receipt_no', '=', receiptNo).executeTakeFirstOrThrow();
      const id = Number(row.id);
      const staffView = (await c.clerk.get(`/api/petitions/${id}`)).body;
      expect(staffView.attachments).toHaveLength(1);
      expect(String(await page.evaluate('JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + JSON.stringify(history.state)'))).not.toContain(queryCode);

      // Staff forward, accept and reply; an online petition's documents are delivered at once.
      app.clock.set('2026-09-22T02:00:00Z');
      expect((await act(c.clerk, id, { type: 'forward', toOrgId: c.housing.id })).status).toBe(200);
      expect((await act(c.housingApprover, id, { type: 'accept' })).status).toBe(200);
      app.clock.set('2026-10-12T02:00:00Z');
      expect((await act(c.housingApprover, id, { type: 'reply', decision: 'explain', opinion: '经查，电梯维修资金已落实，物业公司将于本月底前完成维修。' })).status).toBe(200);
      const creds = { receiptNo, queryCode };
      const pub = (await anonymousClient(app.baseUrl).post('/api/public/lookup', creds)).body;
      expect(pub.review.canRequestReview).toBe(true);

      // Look up with the receipt number in the address and the code typed in.
      await page.goto(`${app.baseUrl}/public/lookup?receiptNo=${receiptNo}`);
      expect(await page.getByLabel(t('portal.lookup.receiptNo')).inputValue()).toBe(receiptNo);
      await page.getByLabel(t('portal.lookup.queryCode')).fill(queryCode.toLowerCase());
      await page.getByRole('button', { name: t('portal.lookup.submit'), exact: true }).click();
      await page.getByRole('heading', { name: '小区电梯停运半年无人维修' }).waitFor();
      await page.getByText(t('portal.lookup.where.reviewRequest', { holder: '青山县住房和城乡建设局' })).waitFor();
      await page.getByText(t('portal.lookup.review.daysLeft', { count: pub.review.daysLeft })).waitFor();
      await page.getByText(t('portal.lookup.review.until', { date: day(run.lang, pub.review.windowEndsOn) })).waitFor();
      expect(page.url()).not.toContain(queryCode);
      await fits();
      await shot('7-lookup');

      // Open the handling opinion and print it alone.
      const title = pub.documents.find((d: { title: string }) => /处理意见|Handling/.test(d.title)).title as string;
      await page.getByRole('button', { name: t('portal.lookup.documents.openWhat', { title }) }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('电梯维修资金已落实', { exact: false }).waitFor();
      await fits();
      // The modal is fixed to the screen: photograph the screen, not the whole page.
      await page.screenshot({ path: `screenshots/portal-${run.name}-8-document.png` });
      await dialog.getByRole('button', { name: t('portal.lookup.documents.print') }).click();
      const printed = String(await page.evaluate('printed.at(-1)'));
      expect(printed).toContain('portal-printing-doc');
      expect(printed).toContain('电梯维修资金已落实');
      await dialog.getByRole('button', { name: t('portal.lookup.documents.close') }).last().click();

      // Rate the reply, then ask for a review.
      await page.getByRole('radio', { name: t('portal.rating.unsatisfied') }).check();
      await page.getByLabel(t('portal.lookup.rate.comment')).fill('维修期限太长');
      await page.getByRole('button', { name: t('portal.lookup.rate.submit') }).click();
      await page.getByText(t('portal.lookup.rate.done', { rating: t('portal.rating.unsatisfied') })).waitFor();
      await page.getByLabel(t('portal.lookup.review.reason')).fill('电梯至今未修，处理意见没有解决问题');
      await fits();
      await shot('9-review-request');
      await page.getByRole('button', { name: t('portal.lookup.review.submit') }).click();
      await page.getByText(t('portal.lookup.done.requestReview')).waitFor();
      await page.getByText(t('portal.lookup.where.review', { holder: '青山县人民政府' })).waitFor();
      await fits();
      await shot('10-review-requested');

      // The county reviews; the re-review window opens. The petitioner waits too long.
      app.clock.set('2026-10-20T02:00:00Z');
      expect((await act(c.countyApprover, id, { type: 'review', result: 'upheld', opinion: '维持原处理意见。' })).status).toBe(200);
      await page.getByRole('button', { name: t('portal.lookup.close') }).click();
      await page.getByLabel(t('portal.lookup.receiptNo')).fill(receiptNo);
      await page.getByLabel(t('portal.lookup.queryCode')).fill(queryCode);
      await page.getByRole('button', { name: t('portal.lookup.submit'), exact: true }).click();
      await page.getByRole('heading', { name: t('portal.lookup.rereview.title') }).waitFor();
      await page.getByLabel(t('portal.lookup.rereview.reason')).fill('仍不服');
      app.clock.advanceDays(40);
      await page.getByRole('button', { name: t('portal.lookup.rereview.submit') }).click();
      // The server's own words, in the reader's language.
      await page.getByText(run.lang === 'en' ? /The request period ended on/ : /申请期限已于/).waitFor();

      // Opened afresh, the case says why a re-review is no longer possible.
      const late = (await anonymousClient(app.baseUrl).post('/api/public/lookup', creds)).body;
      await page.getByRole('button', { name: t('portal.lookup.close') }).click();
      await page.getByLabel(t('portal.lookup.receiptNo')).fill(receiptNo);
      await page.getByLabel(t('portal.lookup.queryCode')).fill(queryCode);
      await page.getByRole('button', { name: t('portal.lookup.submit'), exact: true }).click();
      await page.getByText(t('portal.lookup.rereview.closed', { date: day(run.lang, late.review.windowEndsOn) })).waitFor();
      expect(await page.getByRole('button', { name: t('portal.lookup.rereview.submit') }).count()).toBe(0);
      await fits();
      await shot('11-late');

      // Changing the language fetches the case again, so the server's labels follow.
      if (run.lang === 'en') {
        await page.getByRole('button', { name: '切换为中文' }).click();
        await page.getByText('待申请复核').waitFor();
        await page.getByText(words('zh-CN')('portal.lookup.where.rereviewRequestClosed')).waitFor();
      }
    }, 300_000);
  }

  it('takes an anonymous report of misconduct, and offers anonymity for nothing else', async () => {
    const t = words('zh-CN');
    const page = await open(phone);
    await page.goto(`${app.baseUrl}/public/submit`);
    await page.getByRole('radio', { name: new RegExp(t('portal.category.claim.label')) }).check();
    await page.getByLabel(t('portal.submit.matter.title'), { exact: true }).fill('镇干部收受好处费');
    await page.getByLabel(t('portal.submit.matter.request')).fill('请调查处理');
    await page.getByLabel(t('portal.submit.matter.content')).fill('2026年8月，某镇干部在审批宅基地时收取好处费。');
    await page.getByRole('button', { name: t('portal.submit.next') }).click();
    expect(await page.getByRole('checkbox', { name: t('portal.submit.identity.anonymous') }).count()).toBe(0);
    await page.getByRole('button', { name: t('portal.submit.back') }).click();
    await page.getByRole('radio', { name: new RegExp(t('portal.category.accusation.label')) }).check();
    await page.getByRole('button', { name: t('portal.submit.next') }).click();
    await page.getByRole('checkbox', { name: t('portal.submit.identity.anonymous') }).check();
    await page.getByText(t('portal.submit.identity.anonymousNote')).waitFor();
    expect(await page.getByLabel(t('portal.submit.identity.name')).count()).toBe(0);
    await page.getByRole('button', { name: t('portal.submit.next') }).click();
    await page.getByRole('button', { name: t('portal.submit.next') }).click();
    await page.getByRole('checkbox', { name: t('portal.submit.review.consent') }).check();
    await page.getByRole('button', { name: t('portal.submit.send') }).click();
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    const row = await app.ctx.database.db.selectFrom('petitions').select(['anonymous', 'category']).where('receipt_no', '=', receiptNo).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ anonymous: 1, category: 'accusation' });
    // From the receipt, the case opens at once: the code is still in this tab's memory.
    await page.getByRole('link', { name: t('portal.receipt.lookup') }).click();
    await page.getByRole('heading', { name: '镇干部收受好处费' }).waitFor();
    expect(page.url()).toContain(`receiptNo=${receiptNo}`);
  }, 120_000);

  it('withdraws a petition after confirming', async () => {
    const t = words('zh-CN');
    const reg = await anonymousClient(app.baseUrl).post('/api/public/petitions', {
      category: 'suggestion',
      title: '建议增设公交站',
      request: '在东岭镇中学门口增设公交站',
      content: '学生上下学要步行两公里到最近的站。',
      petitioners: [{ name: '王建国' }],
      consent: true,
    });
    expect(reg.status).toBe(201);
    const page = await open(phone);
    // By keyboard alone: the skip link comes first, the receipt field has focus, Enter looks up,
    // and focus moves to the case that opened.
    await page.goto(`${app.baseUrl}/public/lookup`);
    const focused = () => page.evaluate('document.activeElement && (document.activeElement.id || document.activeElement.textContent)');
    await page.getByLabel(t('portal.lookup.receiptNo')).waitFor();
    await expect.poll(focused, { timeout: 30_000 }).toBe('receiptNo');
    // Skip link, site name, language, four navigation links, then the form.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(t('portal.nav.skip'));
    for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
    await page.keyboard.type(reg.body.receiptNo);
    await page.keyboard.press('Tab');
    await page.keyboard.type(reg.body.queryCode);
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 30_000 }).toBe('case-title');
    await page.getByRole('button', { name: t('portal.lookup.withdraw.start') }).click();
    await page.getByLabel(t('portal.lookup.withdraw.reason')).fill('已经自行解决');
    await page.getByRole('button', { name: t('portal.lookup.withdraw.submit'), exact: true }).click();
    await page.getByRole('button', { name: t('portal.lookup.withdraw.yes') }).click();
    await page.getByText(t('portal.lookup.closed.withdrawn')).waitFor();
    await expectNoOverflow(page, 360);
  }, 120_000);

  // Last: it uses up this address's allowance of failed look-ups.
  it('answers a wrong code with the one message, and too many failures with the 429 message', async () => {
    const t = words('zh-CN');
    const page = await open(phone);
    await page.goto(`${app.baseUrl}/public/lookup?receiptNo=XF20260921000001`);
    await page.getByLabel(t('portal.lookup.queryCode')).fill('WRONG234');
    await page.getByRole('button', { name: t('portal.lookup.submit'), exact: true }).click();
    await page.getByText('受理编号或查询码不正确').waitFor();
    await screenshot(page, 'portal-phone-12-wrong-code');
    const portal = anonymousClient(app.baseUrl);
    for (let i = 0; i < 9; i++) await portal.post('/api/public/lookup', { receiptNo: 'XF20260921999999', queryCode: 'WRONG234' });
    await page.getByRole('button', { name: t('portal.lookup.submit'), exact: true }).click();
    await page.getByText('查询失败次数过多，请 15 分钟后再试').waitFor();
  }, 120_000);
});
