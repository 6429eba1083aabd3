import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';
import { GroupCommit } from './group-commit.ts';

describe('group commit on a real SQLite file', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-gc-'));
    database = await openDatabase({ sqliteFile: path.join(dir, 'g.db') });
    await sql`create table t (v text primary key)`.execute(database.db);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('commits work queued together once, and a failing unit rolls back alone', async () => {
    const gc = new GroupCommit(database.db);
    const insert = (v: string) => gc.run(async (trx) => {
      await sql`insert into t (v) values (${v})`.execute(trx);
      return v;
    });
    const failing = gc.run(async (trx) => {
      await sql`insert into t (v) values ('half-done')`.execute(trx);
      throw new Error('refused');
    });
    const results = await Promise.allSettled([insert('a'), insert('b'), failing, insert('c'), insert('a')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(gc.stats).toEqual({ batches: 1, units: 5 });
    const rows = await sql<{ v: string }>`select v from t order by v`.execute(database.db);
    expect(rows.rows.map((r) => r.v)).toEqual(['a', 'b', 'c']);
  });

  it('forms a new batch for work queued while one commits', async () => {
    const gc = new GroupCommit(database.db);
    const first = gc.run(async (trx) => {
      await sql`insert into t (v) values ('x1')`.execute(trx);
      return 1;
    });
    await first;
    await gc.run(async (trx) => sql`insert into t (v) values ('x2')`.execute(trx));
    expect(gc.stats).toEqual({ batches: 2, units: 2 });
  });
});
