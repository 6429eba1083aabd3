import path from 'node:path';
import { type Config, loadConfig } from './platform/config.ts';
import { type AppContext, systemClock } from './platform/context.ts';
import { deriveKeys, loadOrCreateMasterSecret } from './platform/crypto.ts';
import { openDatabase } from './platform/database/database.ts';
import { migrateToLatest } from './platform/database/migrate.ts';
import { createLogger } from './platform/logger.ts';

export interface OpenedContext extends AppContext {
  /** Set when this start created the data key: the operator must back it up. */
  createdKeyPath: string | undefined;
  close(): Promise<void>;
}

/** The composition root: configuration, database (migrated), keys, clock and logger. */
export async function openContext(overrides: Partial<Config> = {}, options: { migrate?: boolean } = {}): Promise<OpenedContext> {
  const config = { ...loadConfig(), ...overrides };
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'redress.db') });
  if (options.migrate !== false) await migrateToLatest(database);
  const master = loadOrCreateMasterSecret({ env: config.secret, dataDir: config.dataDir });
  return {
    config,
    database,
    keys: deriveKeys(master.secret),
    clock: systemClock,
    logger,
    createdKeyPath: master.created ? master.path : undefined,
    close: () => database.close(),
  };
}
