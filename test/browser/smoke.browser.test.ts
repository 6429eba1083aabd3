import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../support/app.ts';
import { launchBrowser } from './browser.ts';

describe('the built front ends are served', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves the workbench at / and the portal at /public/ in Chinese', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.goto(`${app.baseUrl}/public/`);
    await expect.poll(async () => (await page.content()).includes('网上信访')).toBe(true);
    await page.close();
  });
});
