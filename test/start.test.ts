import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from '../bench/support/child-server.ts';
import { demoPetitions, publicSubmission } from '../bench/support/petitions.ts';
import { bundle } from '../src/platform/bundle.js';

// The README's start command, as a user runs it: `redress serve` on a fresh data directory.
describe('bin/redress.js serve', () => {
  let dir: string;
  let server: ChildServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-start-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.REDRESS_TSX;
    server = await spawnServer({ args: ['bin/redress.js', 'serve'], env, ready: /Staff workbench:\s+(http:\/\/\S+)/, label: 'redress' });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('can run from a JavaScript bundle of the sources (else bin/redress.js falls back to tsx)', () => {
    const file = bundle(new URL('../src/cli/main.ts', import.meta.url));
    expect(file).toMatch(/node_modules[\\/]\.cache[\\/]redress[\\/]main-[0-9a-f]{16}\.mjs$/);
    expect(fs.readFileSync(file as string, 'utf8')).not.toMatch(/from "\.{1,2}\//);
  });

  it('answers, serves the apps and registers a petition through the writer thread', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'sqlite' });
    const portal = await fetch(`${server.url}/public/`);
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('<html lang="zh-CN">');
    const body = publicSubmission(demoPetitions(1, 3)[0] as Parameters<typeof publicSubmission>[0]);
    const res = await fetch(`${server.url}/api/public/petitions`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'start-test-0001' }, body });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { receiptNo: string; queryCode: string };
    const lookup = await fetch(`${server.url}/api/public/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(receipt) });
    expect(lookup.status).toBe(200);
    expect(((await lookup.json()) as { step: string }).step).toBe('triage');
  });
});
