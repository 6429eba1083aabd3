import type { Command } from 'commander';
import { ensureFirstAdmin } from '../accounts/ensure-first-admin.ts';
import { openContext } from '../app.ts';
import { pendingMigrations } from '../platform/database/migrate.ts';
import { createServer } from '../server.ts';
import { startSweeps, sweeps } from '../sweeps.ts';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Start Redress: staff workbench, public portal and API on one port')
    .action(async () => {
      const ctx = await openContext();
      const server = await createServer(ctx);
      const admin = await ensureFirstAdmin(ctx);
      const address = await server.listen({ host: ctx.config.host, port: ctx.config.port });
      const local = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
      console.log(`\nRedress is running (${ctx.database.dialect}: ${ctx.database.location})`);
      console.log(`  Staff workbench: ${local}/`);
      console.log(`  Public portal:   ${local}/public/`);
      console.log(`  API document:    ${local}/api/openapi.json`);
      if (admin) {
        console.log(`\n  First administrator — sign in as "${admin.username}" with the one-time password: ${admin.password}`);
        console.log('  You will be asked to choose a new password.');
      }
      if (ctx.createdKeyPath) {
        console.log(`\n  A new data key was written to ${ctx.createdKeyPath}. Back it up: without it the personal data cannot be read.`);
      }
      // Lapsed windows become final, queued e-mail goes out, roster gaps are flagged: now and then on each interval.
      const stopSweeps = startSweeps(ctx);
      const stop = async () => {
        stopSweeps();
        await server.close();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('Apply database migrations (they are also applied at start)')
    .option('--check', 'only report pending migrations; exit 1 if any')
    .action(async (opts: { check?: boolean }) => {
      const ctx = await openContext({}, { migrate: !opts.check });
      const pending = await pendingMigrations(ctx.database);
      await ctx.close();
      if (opts.check && pending.length > 0) {
        console.log(`Pending migrations: ${pending.join(', ')}`);
        process.exitCode = 1;
      } else console.log(opts.check ? 'No pending migrations.' : 'Database is up to date.');
    });

  program
    .command('sweep')
    .description('Run the background work once: finalize lapsed decisions, send queued e-mail, flag roster gaps')
    .action(async () => {
      const ctx = await openContext();
      for (const s of sweeps) console.log(`${s.name}: ${await s.run(ctx)}`);
      await ctx.close();
    });
}
