import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { Client } from '../support/factories.ts';

// Debian's Chromium, driven by playwright-core; the flags keep it off the network it cannot reach.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Screenshots of the main pages go to screenshots/ (kept out of the repository) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.resolve('screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * A page signed in as `who`, in a browser context of its own (closed with the browser): the
 * session cookie of a fresh API sign-in — the client signs in again if a moved clock expired it.
 */
export async function signedInPage(browser: Browser, baseUrl: string, who: Client, options: { width?: number; locale?: string } = {}): Promise<Page> {
  await who.get('/api/session');
  const [name, value] = who.cookie.split('=') as [string, string];
  const context = await browser.newContext({ locale: options.locale ?? 'zh-CN', viewport: { width: options.width ?? 1360, height: 900 } });
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context.newPage();
}
