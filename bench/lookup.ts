// Public status look-up rate: POST /api/public/lookup with valid receipt numbers and query codes,
// rotating over petitions registered through the API, beside the ceiling measured in the same run
// with the same load — an empty Fastify route. Prints figures and the ratio; asserts nothing.
//   node --import tsx bench/lookup.ts [--seconds 10] [--connections 10] [--petitions 3000] [--profile DIR]
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { RequestSpec } from 'autocannon';
import { monotonicMicros, writeWindow } from './profile-summary.ts';
import { spawnServer } from './support/child-server.ts';
import { type LoadResult, describeLoad, fmt, pct, rotating, runLoad } from './support/load.ts';
import { demoPetitions, publicSubmission, seedLookups } from './support/petitions.ts';
import { startRedress } from './support/redress.ts';

export const LOOKUP_TARGET_RATIO = 0.5;

export interface LookupOptions {
  seconds: number;
  connections: number;
  petitions: number;
  profileDir?: string | undefined;
}

export interface LookupResult {
  seeded: number;
  seedSeconds: number;
  redress: LoadResult;
  /** GET /healthz on the same server: Redress's plugins and hooks plus one `select 1`. */
  healthz: LoadResult;
  empty: LoadResult;
  ratio: number;
  redressCpuShare: number;
  emptyCpuShare: number;
  /** This process's CPU while loading each server: near 100 % means autocannon set the pace. */
  loaderCpuShare: { redress: number; empty: number };
}

const WARMUP_SECONDS = 2;
const SEED_CONCURRENCY = 8;

/** Warm-up, then the measured run; the same shape of load for every server. */
async function measure(url: string, requests: RequestSpec[], options: LookupOptions, cpuSeconds: () => number, profileDir?: string): Promise<{ load: LoadResult; cpuShare: number; loaderShare: number }> {
  await runLoad({ url, connections: options.connections, seconds: WARMUP_SECONDS, requests });
  const cpu0 = cpuSeconds();
  const self0 = process.cpuUsage();
  const from = monotonicMicros();
  const load = await runLoad({ url, connections: options.connections, seconds: options.seconds, requests });
  if (profileDir) writeWindow(profileDir, { from, to: monotonicMicros() });
  const self = process.cpuUsage(self0);
  return { load, cpuShare: (cpuSeconds() - cpu0) / load.seconds, loaderShare: (self.user + self.system) / 1e6 / load.seconds };
}

export async function runLookup(options: LookupOptions): Promise<LookupResult> {
  const server = await startRedress({ dialect: 'sqlite', profileDir: options.profileDir });
  let bodies: string[];
  let seedSeconds: number;
  let redress: Awaited<ReturnType<typeof measure>>;
  let healthz: Awaited<ReturnType<typeof measure>>;
  try {
    const started = performance.now();
    bodies = await seedLookups(server.url, demoPetitions(options.petitions, 7).map(publicSubmission), SEED_CONCURRENCY);
    seedSeconds = (performance.now() - started) / 1000;
    // Shuffled, so consecutive look-ups do not walk the index in insertion order.
    for (let i = bodies.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [bodies[i], bodies[j]] = [bodies[j] as string, bodies[i] as string];
    }
    redress = await measure(server.url, rotating('/api/public/lookup', bodies), options, server.cpuSeconds, options.profileDir);
    healthz = await measure(server.url, [{ method: 'GET', path: '/healthz' }], options, server.cpuSeconds);
  } finally {
    await server.stop();
  }

  const empty = await spawnServer({ args: ['--import', 'tsx', 'bench/support/empty-fastify.ts'], env: process.env, ready: /^listening (\S+)/, label: 'empty-fastify' });
  let ceiling: Awaited<ReturnType<typeof measure>>;
  try {
    ceiling = await measure(empty.url, rotating('/api/public/lookup', bodies), options, empty.cpuSeconds);
  } finally {
    await empty.stop();
  }
  return {
    seeded: bodies.length,
    seedSeconds,
    redress: redress.load,
    healthz: healthz.load,
    empty: ceiling.load,
    ratio: redress.load.requestsPerSecond / ceiling.load.requestsPerSecond,
    redressCpuShare: redress.cpuShare,
    emptyCpuShare: ceiling.cpuShare,
    loaderCpuShare: { redress: redress.loaderShare, empty: ceiling.loaderShare },
  };
}

export function reportLookup(r: LookupResult, options: LookupOptions): string[] {
  return [
    `public look-up: ${fmt(r.seeded)} petitions registered through the API in ${r.seedSeconds.toFixed(1)} s; ${options.connections} connections, ${options.seconds} s after a ${WARMUP_SECONDS} s warm-up, valid credentials rotating (load average now ${os.loadavg()[0]?.toFixed(2)})`,
    `  ${describeLoad('Redress POST /api/public/lookup', r.redress)}; server CPU ${pct(r.redressCpuShare)}, load generator ${pct(r.loaderCpuShare.redress)}`,
    `  ${describeLoad('ceiling, empty Fastify 5 route', r.empty)}; server CPU ${pct(r.emptyCpuShare)}, load generator ${pct(r.loaderCpuShare.empty)}`,
    `  for reference: ${describeLoad('Redress GET /healthz (plugins, hooks, one select 1)', r.healthz)} = ${pct(r.healthz.requestsPerSecond / r.empty.requestsPerSecond)} of empty`,
    `  Redress ÷ empty = ${pct(r.ratio)}; DESIGN §7 target ≥ ${pct(LOOKUP_TARGET_RATIO)} (${r.ratio >= LOOKUP_TARGET_RATIO ? 'met' : 'NOT met'})`,
  ];
}

export function parseLookupArgs(argv: string[]): LookupOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      petitions: { type: 'string', default: '3000' },
      profile: { type: 'string' },
    },
  });
  return { seconds: Number(values.seconds), connections: Number(values.connections), petitions: Number(values.petitions), profileDir: values.profile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = parseLookupArgs(process.argv.slice(2));
  for (const line of reportLookup(await runLookup(options), options)) console.log(line);
}
