import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Keys } from './crypto.ts';
import type { Database } from './database/database.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every use case may reach: configuration, storage, keys and time — nothing request-shaped. */
export interface AppContext {
  config: Config;
  database: Database;
  keys: Keys;
  clock: Clock;
  logger: Logger;
}
