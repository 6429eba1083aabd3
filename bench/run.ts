// `npm run bench`: intake, then public look-up, then (when present) search at a small N, each
// beside its ceiling; ends with one summary table. Prints figures only; asserts nothing.
//   npm run bench -- [--seconds 10] [--connections 10] [--search-petitions 20000]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { INTAKE_TARGET_PER_SECOND, INTAKE_TARGET_RATIO, reportIntake, runIntake } from './intake.ts';
import { LOOKUP_TARGET_RATIO, reportLookup, runLookup } from './lookup.ts';
import { repoRoot } from './support/child-server.ts';
import { fmt, pct } from './support/load.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'search-petitions': { type: 'string', default: '20000' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Redress benchmarks — ${new Date().toISOString()}, ${os.cpus().length} × ${cpu}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(2)}`);
try {
  console.log(`commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim()}`);
} catch {
  // Not a git checkout: the figures still stand, only without a commit to pin them to.
}

const rows: [string, string, string, string, string][] = [];

const intakeOptions = { seconds, connections, dialect: 'sqlite' as const };
const intake = await runIntake(intakeOptions);
for (const line of reportIntake(intake, intakeOptions)) console.log(line);
rows.push(['intake (SQLite)', `${fmt(intake.http.requestsPerSecond)} req/s, p99 ${intake.http.p99Ms} ms`, `raw ${fmt(intake.raw.perSecond)}/s`, pct(intake.ratio),
  `≥ ${fmt(INTAKE_TARGET_PER_SECOND)}/s & ≥ ${pct(INTAKE_TARGET_RATIO)}: ${intake.http.requestsPerSecond >= INTAKE_TARGET_PER_SECOND && intake.ratio >= INTAKE_TARGET_RATIO ? 'met' : 'NOT met'}`]);

console.log('');
const lookupOptions = { seconds, connections, petitions: 3000 };
const lookup = await runLookup(lookupOptions);
for (const line of reportLookup(lookup, lookupOptions)) console.log(line);
rows.push(['public look-up', `${fmt(lookup.redress.requestsPerSecond)} req/s, p99 ${lookup.redress.p99Ms} ms`, `empty Fastify ${fmt(lookup.empty.requestsPerSecond)}/s`, pct(lookup.ratio),
  `≥ ${pct(LOOKUP_TARGET_RATIO)}: ${lookup.ratio >= LOOKUP_TARGET_RATIO ? 'met' : 'NOT met'}`]);

// bench/search.ts belongs to the search work and runs as its own process; its last "p95" line is
// the figure for the table.
if (fs.existsSync(new URL('./search.ts', import.meta.url))) {
  console.log('');
  const n = args['search-petitions'];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/search.ts', '--petitions', n, '--queries', '200'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      text += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`bench/search.ts exited with ${code}`))));
  }).catch((error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`);
  const p95 = /^p95 ([\d.]+) ms/m.exec(output)?.[1];
  rows.push([`search (SQLite, ${Number(n).toLocaleString('en')})`, p95 ? `p95 ${p95} ms` : 'no figure', 'target 50 ms at 1,000,000', p95 ? pct(Number(p95) / 50) : '–', 'measured at 1M separately']);
}

console.log('\nsummary');
const header: [string, string, string, string, string] = ['benchmark', 'figure', 'ceiling', 'ratio', 'DESIGN §7'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
for (const r of [header, ...rows]) console.log(`  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`);
