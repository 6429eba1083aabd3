import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import en from '../../web/src/locales/portal.en.json' with { type: 'json' };
import zh from '../../web/src/locales/portal.zh-CN.json' with { type: 'json' };

// The portal's words, read from its own dictionaries so one test runs in either language.
export type Lang = 'zh-CN' | 'en';
type Tree = { [k: string]: string | Tree };

export function words(lang: Lang) {
  const dict = (lang === 'en' ? en : zh) as unknown as Tree;
  return (key: string, vars: Record<string, string | number> = {}): string => {
    const plural = typeof vars.count === 'number' ? (lang === 'en' && vars.count === 1 ? '_one' : '_other') : '';
    const path = `${key}${plural}`.split('.');
    let node: string | Tree | undefined = dict;
    for (const p of path) node = typeof node === 'object' ? node[p] : undefined;
    if (typeof node !== 'string') throw new Error(`no text for ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v] ?? `{{${v}}}`));
  };
}

/** A local date as the portal prints it (Intl, Asia/Shanghai), for comparing with the page. */
export function day(lang: Lang, localDate: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}

/** Nothing may be wider than the phone: a sideways scroll hides half of every line. */
export async function expectNoOverflow(page: Page, width: number): Promise<void> {
  const wide = Number(await page.evaluate('document.documentElement.scrollWidth'));
  expect(wide).toBeLessThanOrEqual(width);
}

/** A 1×1 PNG: the server reads the type from the bytes, so the test needs a real image. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// Every visible control must have a name a screen reader can say: its own label, a wrapping
// label, aria-label or aria-labelledby, or (for buttons) its text. Returns the ones without.
const unlabelledScript = `(() => {
  const named = (el) => {
    if (el.getAttribute('aria-label')?.trim()) return true;
    const by = el.getAttribute('aria-labelledby');
    if (by && by.split(/\\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
    if (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')?.textContent?.trim()) return true;
    if (el.closest('label')?.textContent?.trim()) return true;
    const role = el.getAttribute('role') || el.tagName.toLowerCase();
    return (role === 'button' || role === 'link' || el.tagName === 'A') && Boolean(el.textContent?.trim());
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const controls = [...document.querySelectorAll('input:not([type=hidden]), textarea, select, button, a[href], [role=button], [role=radio], [role=checkbox]')];
  return controls.filter((el) => visible(el) && !named(el)).map((el) => el.outerHTML.slice(0, 160));
})()`;

export async function expectLabelled(page: Page): Promise<void> {
  expect(await page.evaluate(unlabelledScript)).toEqual([]);
}

export interface Run {
  name: string;
  lang: Lang;
  viewport: { width: number; height: number };
  mobile: boolean;
}

/**
 * A fresh browser context for one petitioner. Printing opens no dialog here: window.print records
 * the body's class and the copy made for printing, so a test can see what would reach the paper.
 */
export async function openPortalPage(browser: Browser, run: Run): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: run.viewport, isMobile: run.mobile, hasTouch: run.mobile, locale: run.lang });
  await context.addInitScript(() => {
    type El = { innerText: string; className: string };
    const w = globalThis as unknown as { print: () => void; printed: string[]; document: { body: El; querySelector: (s: string) => El | null } };
    w.printed = [];
    w.print = () => void w.printed.push(`${w.document.body.className}|${w.document.querySelector('.portal-print-doc')?.innerText ?? ''}`);
  });
  const page = await context.newPage();
  // Generous: the test machine is often shared with other suites.
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}
