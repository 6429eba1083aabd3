// Intake rate: online submissions over HTTP against the real server on a fresh database, beside
// the ceiling measured in the same run — raw durable transactions writing the same rows.
// Prints figures and ratios; asserts nothing (DESIGN.md §7).
//   node --import tsx bench/intake.ts [--seconds 10] [--connections 10] [--dialect sqlite|postgres] [--profile DIR]
import crypto from 'node:crypto';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { DialectName } from '../src/platform/database/database.ts';
import { monotonicMicros, writeWindow } from './profile-summary.ts';
import { statusMiB } from './support/child-server.ts';
import { preparePetitions } from './support/intake-rows.ts';
import { type LoadResult, describeLoad, fmt, pct, rotating, runLoad } from './support/load.ts';
import { demoPetitions, publicSubmission } from './support/petitions.ts';
import { type RawResult, rawIntake, rawSqliteIntake } from './support/raw-intake.ts';
import { startRedress } from './support/redress.ts';

export const INTAKE_TARGET_PER_SECOND = 1000;
export const INTAKE_TARGET_RATIO = 0.5;

export interface IntakeOptions {
  seconds: number;
  connections: number;
  dialect: DialectName;
  profileDir?: string | undefined;
}

export interface IntakeResult {
  dialect: DialectName;
  http: LoadResult;
  raw: RawResult;
  /** SQLite only: the same rows, GROUP_COMMIT petitions per transaction — the reach of group commit. */
  rawGrouped: RawResult | undefined;
  ratio: number;
  /** Rows found afterwards against 201 responses: every acknowledged petition must be stored. */
  stored: { petitions: number; events: number; acknowledged: number };
  serverCpuShare: number;
  loaderCpuShare: number;
  /** Durable commits during the measured run and the registrations they carried (SQLite, from /metrics). */
  commits: { batches: number; units: number } | undefined;
  /** The server's peak resident memory (VmHWM), MiB. */
  serverPeakMiB: number;
}

// Enough distinct texts that the segmenter and the FTS index see varied input, not a loop of one.
const DISTINCT_PETITIONS = 2000;
const WARMUP_SECONDS = 2;
const GROUP_COMMIT = 10;

export async function runIntake(options: IntakeOptions): Promise<IntakeResult> {
  const petitions = demoPetitions(DISTINCT_PETITIONS);
  const bodies = petitions.map(publicSubmission);
  const server = await startRedress({ dialect: options.dialect, profileDir: options.profileDir });
  let http: LoadResult;
  let stored: IntakeResult['stored'];
  let serverCpuShare: number;
  let loaderCpuShare: number;
  let commits: IntakeResult['commits'];
  let serverPeakMiB: number;
  try {
    // Each request its own idempotency key (a replay would skip the writes) and the next text.
    const requests = rotating('/api/public/petitions', bodies, () => ({ 'idempotency-key': crypto.randomUUID() }));
    // Warm-up: JIT, the jieba dictionary (loaded on first use), SQLite's page cache.
    const warm = await runLoad({ url: server.url, connections: options.connections, seconds: WARMUP_SECONDS, requests });
    const commits0 = await groupCommits(server.url);
    const cpu0 = server.cpuSeconds();
    const self0 = process.cpuUsage();
    const from = monotonicMicros();
    http = await runLoad({ url: server.url, connections: options.connections, seconds: options.seconds, requests });
    if (options.profileDir) writeWindow(options.profileDir, { from, to: monotonicMicros() });
    serverCpuShare = (server.cpuSeconds() - cpu0) / http.seconds;
    const self = process.cpuUsage(self0);
    loaderCpuShare = (self.user + self.system) / 1e6 / http.seconds;
    const commits1 = await groupCommits(server.url);
    commits = commits0 && commits1 ? { batches: commits1.batches - commits0.batches, units: commits1.units - commits0.units } : undefined;
    serverPeakMiB = statusMiB(server.pid, 'VmHWM');
    // Counted once the server has finished the requests still in flight and stopped.
    await server.stopServer();
    const { rows } = await sql<{ petitions: number; events: number }>`select (select count(*) from petitions) as petitions, (select count(*) from events) as events`.execute(server.database.database.db);
    stored = { petitions: Number(rows[0]?.petitions ?? 0), events: Number(rows[0]?.events ?? 0), acknowledged: warm.ok + http.ok };
  } finally {
    await server.stop();
  }

  // The ceiling runs after the server has stopped, so it has the machine to itself as well.
  const items = preparePetitions(petitions, 1);
  const raw = await rawIntake(options.dialect, items, 1, options.seconds, options.connections);
  const rawGrouped = options.dialect === 'sqlite' ? await rawSqliteIntake(items, 1, Math.min(5, options.seconds), GROUP_COMMIT) : undefined;
  return { dialect: options.dialect, http, raw, rawGrouped, ratio: http.requestsPerSecond / raw.perSecond, stored, serverCpuShare, loaderCpuShare, commits, serverPeakMiB };
}

/** The group-commit counters of /metrics (SQLite only). */
async function groupCommits(url: string): Promise<{ batches: number; units: number } | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? Number.NaN);
  const batches = value('redress_group_commits_total');
  return Number.isNaN(batches) ? undefined : { batches, units: value('redress_group_commit_units_total') };
}

const storedOk = (r: IntakeResult, options: IntakeOptions): boolean =>
  r.stored.petitions === r.stored.events && r.stored.petitions >= r.stored.acknowledged && r.stored.petitions <= r.stored.acknowledged + 2 * options.connections;

export function reportIntake(r: IntakeResult, options: IntakeOptions): string[] {
  const lines = [
    `intake on ${r.dialect}: ${options.connections} connections, ${options.seconds} s after a ${WARMUP_SECONDS} s warm-up (load average now ${os.loadavg()[0]?.toFixed(2)})`,
    `  ${describeLoad('HTTP POST /api/public/petitions', r.http)}`,
    `  server CPU ${pct(r.serverCpuShare)} of one core (all its threads), load generator ${pct(r.loaderCpuShare)}; server peak memory ${r.serverPeakMiB.toFixed(0)} MiB`,
    ...(r.commits ? [`  durable commits: ${fmt(r.commits.batches)}, ${(r.commits.units / Math.max(1, r.commits.batches)).toFixed(1)} registrations each`] : []),
    // Requests still in flight when the load generator stops are committed but never counted as
    // acknowledged: up to one per connection for each of the two runs.
    `  stored afterwards: ${fmt(r.stored.petitions)} petitions, ${fmt(r.stored.events)} events for ${fmt(r.stored.acknowledged)} acknowledged` +
      (storedOk(r, options) ? ' (all there, plus those in flight at the stop)' : '  MISMATCH: acknowledged petitions are missing'),
    `  ceiling, raw durable ${r.dialect} transactions writing the same rows: ${fmt(r.raw.perSecond)} petitions/s (${fmt(r.raw.petitions)} in ${r.raw.seconds.toFixed(1)} s)`,
    `  HTTP ÷ raw = ${pct(r.ratio)}`,
  ];
  if (r.rawGrouped) {
    lines.push(`  for reference, not the ceiling: the same rows ${GROUP_COMMIT} petitions per durable transaction (group commit) ${fmt(r.rawGrouped.perSecond)} petitions/s`);
  }
  if (r.dialect === 'sqlite') {
    const rate = r.http.requestsPerSecond >= INTAKE_TARGET_PER_SECOND ? 'met' : 'NOT met';
    const ratio = r.ratio >= INTAKE_TARGET_RATIO ? 'met' : 'NOT met';
    lines.push(`  DESIGN §7 targets: ≥ ${fmt(INTAKE_TARGET_PER_SECOND)}/s (${rate}), ≥ ${pct(INTAKE_TARGET_RATIO)} of raw (${ratio})`);
  } else {
    lines.push('  DESIGN §7 sets the intake targets on SQLite; PostgreSQL figures are for comparison.');
  }
  const bad = r.http.non2xx + r.http.errors + r.http.timeouts;
  if (bad > 0) lines.push(`  ${bad} requests failed: see the server output above`);
  return lines;
}

export function parseIntakeArgs(argv: string[]): IntakeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      dialect: { type: 'string', default: 'sqlite' },
      profile: { type: 'string' },
    },
  });
  const dialect = values.dialect;
  if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`--dialect must be sqlite or postgres, not ${dialect}`);
  return { seconds: Number(values.seconds), connections: Number(values.connections), dialect, profileDir: values.profile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseIntakeArgs(process.argv.slice(2));
  const result = await runIntake(options);
  for (const line of reportIntake(result, options)) console.log(line);
  if (options.profileDir) console.log(`  CPU profile of the server written to ${options.profileDir} (summarise: node --import tsx bench/profile-summary.ts ${options.profileDir})`);
}
