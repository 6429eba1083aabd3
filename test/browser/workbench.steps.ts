import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Steps a person takes in the workbench, written the way they would do them: by label and by key.

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('.wb-user').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
}

/** Text of the element, once it is there. */
export const textOf = async (l: Locator) => (await l.first().waitFor(), (await l.first().innerText()).trim());

/** A small PNG standing in for a scanned letter. */
export function scanFile(): string {
  const file = path.join(os.tmpdir(), `scan-${process.pid}.png`);
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  fs.writeFileSync(file, Buffer.from(png, 'base64'));
  return file;
}

/** Types into the focused field, then Enter to move on (the form's own keyboard rule). */
async function typeAndNext(page: Page, text: string, key: 'Enter' | 'Tab' = 'Enter') {
  await page.keyboard.type(text);
  await page.keyboard.press(key);
}

/**
 * A visit registered by keyboard only: Enter moves between fields, arrows choose in button groups,
 * Tab leaves a text area, Ctrl+Enter submits. Only the file itself is chosen by the test.
 */
export async function registerVisitByKeyboard(page: Page): Promise<void> {
  const channel = page.getByRole('radio', { name: '来访' });
  await channel.focus();
  await expect.poll(() => channel.isChecked()).toBe(true);
  await page.keyboard.press('Enter'); // → category
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // 申诉求决
  await page.keyboard.press('Enter'); // → classification
  await typeAndNext(page, '城乡建设/物业管理');
  await typeAndNext(page, '小区物业长期不维修电梯');
  await typeAndNext(page, '请求督促物业公司尽快修复电梯', 'Tab');
  await typeAndNext(page, '小区3号楼电梯自2025年3月起多次故障停运，物业公司以资金不足为由拖延维修，老人上下楼十分困难。', 'Tab');
  await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe('petitioners_0_name');
  await typeAndNext(page, '李秀英');
  await typeAndNext(page, '369922196503140027');
  await typeAndNext(page, '13812345678');
  await typeAndNext(page, '青山县东岭镇幸福小区3号楼2单元501室');
  await page.keyboard.press('Enter'); // signer count left empty → respondent mode
  await page.keyboard.press('Enter'); // → respondent name
  await typeAndNext(page, '幸福小区物业服务有限公司');
  await page.keyboard.type('东岭');
  await page.getByRole('treeitem').or(page.locator('.ant-select-tree-treenode')).filter({ hasText: '东岭镇' }).first().waitFor();
  await page.keyboard.press('Enter'); // chooses the division; the list closes
  await expect.poll(() => page.locator('#placeDivisionCode').getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Enter'); // → address
  await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe('placeAddress');
  await typeAndNext(page, '东岭镇幸福小区3号楼');
  await page.locator('input[type=file]').setInputFiles(scanFile());
  await page.getByText(path.basename(scanFile())).waitFor();
  await expect.poll(() => page.locator('.ant-upload-list-item-done').count()).toBe(1);
}

/** Opens an action's dialog from the case header and confirms it; returns what it said would happen. */
export async function act(page: Page, action: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<string> {
  await page.locator('.case-actions').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  const next = await textOf(dialog.getByRole('status'));
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return next;
}

/** Picks an organisation in an organisation tree field by typing part of its name. */
export async function pickOrganization(page: Page, field: Locator, name: string): Promise<void> {
  await field.click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-tree-treenode').filter({ hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
}
