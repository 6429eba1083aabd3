import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';

// The two ways around the queue for the server's SQLite connection: readNow, and the reader threads.
let dir: string;
let database: Database;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-reads-'));
  database = await openDatabase({ sqliteFile: path.join(dir, 'r.db') });
  await sql`create table t (v text primary key)`.execute(database.db);
  await sql`insert into t (v) values ('committed')`.execute(database.db);
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = () => database.db.selectFrom('t' as never).select('v' as never).orderBy('v' as never).compile();

describe('readNow on SQLite', () => {
  it('reads at once what is committed', () => {
    expect(database.readNow?.(all())).toEqual([{ v: 'committed' }]);
  });

  it('declines while a transaction holds the connection, so nothing uncommitted is ever read', async () => {
    let inside: unknown = 'not asked';
    await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into t (v) values ('uncommitted')`.execute(trx);
        inside = database.readNow?.(all());
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(inside).toBeUndefined();
    expect(database.readNow?.(all())).toEqual([{ v: 'committed' }]);
  });

  it('refuses to write', () => {
    expect(() => database.readNow?.(sql`delete from t`.compile(database.db))).toThrow(/reads only/);
    expect(database.readNow?.(all())).toEqual([{ v: 'committed' }]);
  });
});

describe('the reader threads on SQLite', () => {
  const values = async () => (await sql<{ v: string }>`select v from t order by v`.execute(database.reads)).rows.map((r) => r.v);
  /** A read that keeps SQLite busy for a while: counting to `n` in a recursive query. */
  const longCount = (n: number) => sql<{ n: number }>`with recursive c(i) as (select 1 union all select i + 1 from c where i < ${n}) select count(*) as n from c`;

  it('keep the server’s thread free while a long read runs', async () => {
    const ticksDuring = async (run: () => Promise<unknown>) => {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      try {
        await run();
      } finally {
        clearInterval(timer);
      }
      return ticks;
    };
    await values(); // the threads start on the first read
    expect(await ticksDuring(() => longCount(1_000_000).execute(database.reads))).toBeGreaterThan(0);
    // The same read on the server's own connection holds its thread from start to end.
    expect(await ticksDuring(() => longCount(1_000_000).execute(database.db))).toBe(0);
  });

  it('see every commit made before the read', async () => {
    await sql`insert into t (v) values ('later')`.execute(database.db);
    expect(await values()).toEqual(['committed', 'later']);
    await sql`delete from t where v = 'later'`.execute(database.db);
    expect(await values()).toEqual(['committed']);
  });

  it('refuse writes and transactions, and change nothing', async () => {
    await expect(sql`delete from t`.execute(database.reads)).rejects.toThrow(/reads only/);
    await expect(database.reads.transaction().execute(async () => {})).rejects.toThrow(/not transactions/);
    expect(await values()).toEqual(['committed']);
  });

  it('give blobs back as Buffers and errors back as errors', async () => {
    const { rows } = await sql<{ b: Buffer }>`select ${Buffer.from([1, 2, 3])} as b`.execute(database.reads);
    expect(Buffer.isBuffer(rows[0]?.b) && [...(rows[0]?.b ?? [])]).toEqual([1, 2, 3]);
    await expect(sql`select * from no_such_table`.execute(database.reads)).rejects.toThrow(/reader: .*no such table/);
  });
});
