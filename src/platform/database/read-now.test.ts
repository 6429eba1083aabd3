import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';

describe('readNow on SQLite', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redress-read-now-'));
    database = await openDatabase({ sqliteFile: path.join(dir, 'r.db') });
    await sql`create table t (v text primary key)`.execute(database.db);
    await sql`insert into t (v) values ('committed')`.execute(database.db);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const all = () => database.db.selectFrom('t' as never).select('v' as never).orderBy('v' as never).compile();

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
