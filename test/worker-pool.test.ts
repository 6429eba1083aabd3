import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle } from '../src/platform/bundle.js';
import { WorkerPool } from '../src/platform/worker-threads.ts';

const module = new URL('./support/pool-worker.ts', import.meta.url);

describe('worker threads', () => {
  let pool: WorkerPool<number, number> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('start from a JavaScript bundle beside the packages it imports, not through tsx', () => {
    const file = bundle(module);
    expect(file).toMatch(/node_modules[\\/]\.cache[\\/]redress[\\/]pool-worker-[0-9a-f]{16}\.mjs$/);
    const code = fs.readFileSync(file as string, 'utf8');
    expect(code).toContain('cannot double');
    expect(code).not.toMatch(/from "tsx|\.ts"/);
    // The same module gives the same file: one bundle per version of the code.
    expect(bundle(module)).toBe(file);
    expect(path.isAbsolute(file as string)).toBe(true);
  });

  it('answer in order, across the pool, and pass errors back with the worker’s name', async () => {
    pool = new WorkerPool<number, number>(module, 2, 'doubler');
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => pool?.ask(n)));
    expect(answers).toEqual([2, 4, 6, 8, 10]);
    await expect(pool.ask(-1)).rejects.toThrow(/doubler: Error: cannot double -1/);
    expect(await pool.ask(21)).toBe(42);
  });

  it('fail what a dead worker held, and everything once none is left', async () => {
    pool = new WorkerPool<number, number>(module, 1, 'doubler');
    const dying = pool.ask(0);
    await expect(dying).rejects.toThrow(/doubler stopped \(exit code 3\)/);
    await expect(pool.ask(1)).rejects.toThrow(/doubler stopped/);
    expect(pool.broken).toBe(true);
  });

  it('send what is asked after a death to the workers still living', async () => {
    pool = new WorkerPool<number, number>(module, 2, 'doubler');
    expect(pool.broken).toBe(false);
    await expect(pool.ask(0)).rejects.toThrow(/doubler stopped/);
    expect(pool.broken).toBe(true);
    expect(await Promise.all([1, 2, 3].map((n) => pool?.ask(n)))).toEqual([2, 4, 6]);
  });
});
