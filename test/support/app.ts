import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import type { AppContext, Clock } from '../../src/platform/context.ts';
import { deriveKeys } from '../../src/platform/crypto.ts';
import type { DialectName } from '../../src/platform/database/database.ts';
import { createServer } from '../../src/server.ts';
import { type TestDatabase, createTestDatabase } from './databases.ts';

/** A clock the test moves: deadlines are about days passing. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-09-28T02:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
  advanceDays(days: number) {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface TestApp {
  ctx: AppContext;
  clock: TestClock;
  server: FastifyInstance;
  baseUrl: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real server on a loopback port, on a fresh database of the given dialect. */
export async function startTestApp(dialect: DialectName, overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const clock = new TestClock();
  const config = { ...loadConfig({}), dataDir: db.dir, host: '127.0.0.1', port: 0, databaseUrl: db.url, ...overrides };
  const ctx: AppContext = {
    config,
    database: db.database,
    keys: deriveKeys(Buffer.alloc(32, 7)),
    clock,
    logger: pino({ level: 'silent' }),
  };
  const server = await createServer(ctx, { logger: false });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  return {
    ctx,
    clock,
    server,
    baseUrl: address,
    db,
    async close() {
      await server.close();
      await db.drop();
    },
  };
}
