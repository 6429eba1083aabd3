import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { pino } from 'pino';
import { loadConfig } from '../platform/config.ts';
import { deriveKeys } from '../platform/crypto.ts';
import { openDatabase } from '../platform/database/database.ts';
import { createServer } from '../server.ts';

/** The OpenAPI document as the routes declare it; no data are needed to produce it. */
export async function renderOpenApi(): Promise<string> {
  const database = await openDatabase({ sqliteFile: ':memory:' });
  const ctx = { config: loadConfig({}), database, keys: deriveKeys(Buffer.alloc(32)), clock: { now: () => new Date(0) }, logger: pino({ level: 'silent' }) };
  const server = await createServer(ctx, { logger: false });
  await server.ready();
  const doc = server.swagger();
  await server.close();
  await database.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function registerOpenApiCommand(program: Command): void {
  program
    .command('openapi')
    .description('Write the OpenAPI 3.1 document of the API')
    .option('--out <file>', 'where to write it', 'docs/openapi.json')
    .action(async (opts: { out: string }) => {
      const text = await renderOpenApi();
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, text);
      console.log(`Wrote ${opts.out}`);
    });
}
