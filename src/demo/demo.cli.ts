/** `redress demo --petitions N [--seed S] [--years 1.5] [--append]`: load a demo county. */
import fs from 'node:fs';
import os from 'node:os';
import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { sql } from 'kysely';
import { assertAcceptablePassword, generatePassword } from '../accounts/password.ts';
import { type CliEnv, processEnv, withContext } from '../cli/cli-env.ts';
import type { Database } from '../platform/database/database.ts';
import { demoStaff } from './county.ts';
import { type DemoReport, loadDemo } from './load-demo.ts';

const whole = (min: number) => (value: string): number => {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
  return n;
};
const positive = (value: string): number => {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('expected a positive number');
  return n;
};

export function registerDemoCommands(program: Command, env: CliEnv = processEnv): void {
  program
    .command('demo')
    .description('Fill the database with a fictional county, its staff and N realistic petitions walked through the procedure')
    .option('--petitions <n>', 'how many petitions', whole(1), 10_000)
    .option('--seed <s>', 'seed of the generated content (the same seed gives the same petitions)', whole(0), 1)
    .option('--years <y>', 'registrations spread over the last y years, up to now', positive, 1.5)
    .option('--append', 'add to a database that already has petitions', false)
    // One worker per core, not one fewer: building a petition costs more CPU than writing it, and
    // the main thread's share is small enough for the scheduler to fit in beside them.
    .option('--workers <n>', 'worker threads building petitions (0: none)', whole(0), Math.min(8, os.availableParallelism()))
    .option('--password <p>', 'password of every demo account (default: a generated one)')
    .action(async (opts: { petitions: number; seed: number; years: number; append: boolean; workers: number; password?: string }) => {
      await withContext(env, async (ctx) => {
        const password = opts.password ?? generatePassword();
        assertAcceptablePassword(password);
        env.print(`Loading ${opts.petitions.toLocaleString('en')} demo petitions into ${ctx.database.location} …`);
        const progress = progressReporter(opts.petitions, env);
        try {
          const report = await loadDemo(ctx, { ...opts, password }, progress.update);
          progress.stop();
          for (const line of summary(report, await databaseBytes(ctx.database), password)) env.print(line);
        } finally {
          progress.stop();
        }
      });
    });
}

/** A bar for a person watching; a line every ten seconds for logs and pipes. */
function progressReporter(total: number, env: CliEnv) {
  const started = performance.now();
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'petitions [{bar}] {percentage}% | {value}/{total} | {rate}/s | {eta_formatted} left', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: 0 });
    let stopped = false;
    return {
      update: (done: number) => bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) }),
      stop: () => {
        if (!stopped) bar.stop();
        stopped = true;
      },
    };
  }
  let last = started;
  return {
    update: (done: number) => {
      const t = performance.now();
      if (t - last < 10_000 && done < total) return;
      last = t;
      env.print(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} petitions, ${Math.round(done / ((t - started) / 1000))}/s`);
    },
    stop: () => {},
  };
}

async function databaseBytes(database: Database): Promise<number | null> {
  if (database.dialect === 'postgres') {
    const { rows } = await sql<{ bytes: number }>`select pg_database_size(current_database()) as bytes`.execute(database.db);
    return Number(rows[0]?.bytes ?? 0);
  }
  const files = [database.location, `${database.location}-wal`].filter((f) => fs.existsSync(f));
  return files.reduce((n, f) => n + fs.statSync(f).size, 0);
}

function summary(r: DemoReport, bytes: number | null, password: string): string[] {
  const n = (x: number) => x.toLocaleString('en');
  const admin = demoStaff.find((s) => s.roles.includes('admin'));
  const clerk = demoStaff.find((s) => s.roles.includes('clerk'));
  return [
    `Loaded ${n(r.petitions)} petitions in ${r.seconds.toFixed(1)} s: ${n(Math.round(r.petitions / r.seconds))} petitions/s, ${n(Math.round(r.events / r.seconds))} events/s.`,
    `  ${n(r.events)} events, ${n(r.documents)} documents, ${n(r.deadlines)} deadlines, ${n(r.petitioners)} petitioners; ${r.addedOrgs} organisations and ${r.addedUsers} accounts added.`,
    `  CPU ${r.cpuSeconds.toFixed(0)} s in all threads; main thread ${Math.round(r.mainBusy * 100)}% busy; ${r.buildSeconds.toFixed(0)} s building and ${r.writeSeconds.toFixed(0)} s writing, summed over the threads that did it.`,
    ...(bytes === null ? [] : [`  Database size: ${(bytes / 2 ** 20).toFixed(0)} MiB.`]),
    `Every demo account has the password ${password} (e.g. ${admin?.username} — admin, ${clerk?.username} — clerk).`,
    'Try the public portal with these receipt numbers and query codes:',
    ...r.samples.map((s) => `  ${s.receiptNo}  ${s.queryCode}  (${s.showcase})`),
  ];
}
