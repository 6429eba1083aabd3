import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingMigrations } from '../src/platform/database/migrate.ts';
import { type TestDatabase, createTestDatabase, dialects } from './support/databases.ts';

describe.each(dialects)('migrations on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t?.drop());

  it('leaves nothing pending and seeds the global chain head', async () => {
    expect(await pendingMigrations(t.database)).toEqual([]);
    const head = await t.database.db.selectFrom('chain_head').selectAll().executeTakeFirstOrThrow();
    expect(head.last_event_id).toBe(0);
  });
});
