import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { insertParameters, insertRows, reused } from './reused-query.ts';

describe('statements compiled once and reused', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-reused-'));
    database = await openDatabase({ sqliteFile: path.join(dir, 'r.db') });
    await migrateToLatest(database);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('bind each call’s own values, whatever the order of the row’s keys', async () => {
    const { db } = database;
    await insertRows(db, 'sqlite', 'counters', [{ scope: 'a', value: 1 }]);
    await insertRows(db, 'sqlite', 'counters', [{ value: 2, scope: 'b' }, { scope: 'c', value: 3 }]);
    await insertRows(db, 'sqlite', 'counters', [{ scope: 'd', value: 4 }]);
    const rows = await db.selectFrom('counters').selectAll().where('scope', 'in', ['a', 'b', 'c', 'd']).orderBy('scope').execute();
    expect(rows).toEqual([
      { scope: 'a', value: 1 },
      { scope: 'b', value: 2 },
      { scope: 'c', value: 3 },
      { scope: 'd', value: 4 },
    ]);
  });

  it('return what the insert returns', async () => {
    const [first] = await insertRows(database.db, 'sqlite', 'organizations', [{ name: '甲', kind: 'government', parent_id: null, path: '/', division_code: null, created_at: '2026-11-23T00:00:00Z' }], 'id');
    const [second] = await insertRows(database.db, 'sqlite', 'organizations', [{ name: '乙', kind: 'government', parent_id: null, path: '/', division_code: null, created_at: '2026-11-23T00:00:00Z' }], 'id');
    expect(Number(second?.id)).toBe(Number(first?.id) + 1);
  });

  it('refuse parameters listed in another order than the statement binds them, before running it', () => {
    const build = () => database.db.selectFrom('counters').selectAll().where('scope', '=', 'x').where('value', '=', 5);
    expect(() => reused('sqlite', 'test.order', [5, 'x'], build)).toThrow(/not the ones the statement binds/);
    expect(reused('sqlite', 'test.order', ['x', 5], build).parameters).toEqual(['x', 5]);
    expect(reused('sqlite', 'test.order', ['y', 6], build).parameters).toEqual(['y', 6]);
  });

  it('tell the shape of rows as Kysely binds them, and decline rows of different columns', () => {
    expect(insertParameters([{ a: 1, b: undefined, c: null }, { c: 3, a: 2 }])).toEqual({ shape: 'a,c×2', parameters: [1, null, 2, 3] });
    expect(insertParameters([{ a: 1 }, { a: 2, b: 3 }])).toBeUndefined();
    expect(insertParameters([{ a: 1, b: 2 }, { a: 2, c: 3 }])).toBeUndefined();
    expect(insertParameters([])).toBeUndefined();
  });

  it('build as usual when the rows differ in their columns', async () => {
    const base = { kind: 'government', parent_id: null, path: '/', created_at: '2026-11-23T00:00:00Z' } as const;
    await insertRows(database.db, 'sqlite', 'organizations', [{ ...base, name: '丙' }, { ...base, name: '丁', division_code: '360123' }]);
    const rows = await database.db.selectFrom('organizations').select(['name', 'division_code']).where('name', 'in', ['丙', '丁']).orderBy('name').execute();
    expect(rows).toEqual([
      { name: '丁', division_code: '360123' },
      { name: '丙', division_code: null },
    ]);
  });
});
