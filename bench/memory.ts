// Server memory (DESIGN.md §7: "≤ 300 MB RSS with 1,000,000 petitions stored"): the peak resident
// memory of a real `redress serve` over an existing demo database while public submissions, public
// look-ups and a signed-in member of staff's inbox and searches run at the same time. Prints
// figures beside the target; asserts nothing.
//   node --import tsx bench/memory.ts --data-dir DIR [--seconds 30]
// DIR is a DATA_DIR filled by `redress demo --petitions N`; the server reads it with the demo's
// key (DIR/secret.key, or the same REDRESS_SECRET). The bench adds its submissions and, once, the
// staff account below; it changes nothing else.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RequestSpec } from 'autocannon';
import Database from 'better-sqlite3';
import { demoCounty } from '../src/demo/index.ts';
import { steps } from '../src/petitions/procedure.types.ts';
import { keywords } from '../src/search/segmenter.ts';
import { repoRoot, spawnServer, statusMiB } from './support/child-server.ts';
import { type LoadResult, describeLoad, fmt, rotating, runLoad } from './support/load.ts';
import { demoPetitions, publicSubmission, seedLookups } from './support/petitions.ts';
import { SERVE, type Session, serverEnv, signIn } from './support/redress.ts';

const TARGET_BYTES = 300e6;
const MiB = 2 ** 20;
// The demo prints its accounts' password but keeps it nowhere: the bench brings its own account,
// supervisor at the root of the demo tree, so that its inbox and searches span every case.
const STAFF = { username: 'bench.memory', password: 'memory-bench-password' };
// Look-ups need receipts the bench holds: these first submissions go over fetch, which sees the replies.
const SEEDED = 500;
// A few connections each: the three loads share one core for the load generator.
const CONNECTIONS = { submit: 4, lookup: 4, staff: 2 };

const { values: args } = parseArgs({ options: { 'data-dir': { type: 'string' }, seconds: { type: 'string', default: '30' } } });
if (!args['data-dir']) throw new Error('usage: node --import tsx bench/memory.ts --data-dir DIR [--seconds 30]');
const dataDir = path.resolve(args['data-dir']);
const seconds = Number(args.seconds);
const dbFile = path.join(dataDir, 'redress.db');
if (!fs.existsSync(dbFile)) throw new Error(`${dbFile} not found: fill it first with DATA_DIR=${dataDir} node bin/redress.js demo --petitions N`);
// Without the demo's key the server would write a new one and could not read the personal data.
if (process.env.REDRESS_SECRET === undefined && !fs.existsSync(path.join(dataDir, 'secret.key'))) throw new Error(`${dataDir}/secret.key not found and REDRESS_SECRET not set`);

// The demo's SQLite file, even if the shell points DATABASE_URL at PostgreSQL; the demo's key.
const env = serverEnv({ dataDir });

const began = performance.now();
const before = countPetitions();
console.log(`memory: ${dataDir}, ${fmt(before)} petitions stored; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ` +
  `${new Date().toISOString()}, load average ${os.loadavg()[0]?.toFixed(2)}`);
ensureStaff();

const server = await spawnServer({ args: SERVE, env, ready: /Staff workbench:\s+(http:\/\/\S+)/, label: 'redress', timeoutMs: 300_000 });
let acknowledged = 0;
try {
  const readyMiB = statusMiB(server.pid, 'VmRSS');
  const seedStart = performance.now();
  const credentials = await seedLookups(server.url, demoPetitions(SEEDED, 7).map(publicSubmission), CONNECTIONS.submit);
  acknowledged = credentials.length;
  console.log(`server: pid ${server.pid}, RSS ${readyMiB.toFixed(0)} MiB once ready; ${SEEDED} petitions submitted to seed the look-ups in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const session = await signIn(server.url, STAFF.username, STAFF.password);
  const words = demoPetitions(6, 11).map((p) => keywords(p.title, 1)[0]?.word ?? p.title.slice(0, 2));
  const [submissions, lookups, staff] = await Promise.all([
    runLoad({ url: server.url, connections: CONNECTIONS.submit, seconds, requests: submissionRequests() }),
    runLoad({ url: server.url, connections: CONNECTIONS.lookup, seconds, requests: rotating('/api/public/lookup', credentials) }),
    runLoad({ url: server.url, connections: CONNECTIONS.staff, seconds, requests: staffRequests(session, words) }),
  ]);
  acknowledged += submissions.ok;
  const peakMiB = statusMiB(server.pid, 'VmHWM');
  const endMiB = statusMiB(server.pid, 'VmRSS');

  console.log(`mixed load, ${seconds} s, all three at once; staff open the inbox plain, overdue and by category, and search for ${words.join(' ')}:`);
  const loads: [string, LoadResult][] = [
    [`public submissions (${CONNECTIONS.submit} connections) POST /api/public/petitions`, submissions],
    [`public look-ups (${CONNECTIONS.lookup} connections) POST /api/public/lookup`, lookups],
    [`staff inbox and search as ${STAFF.username} (${CONNECTIONS.staff} connections) GET /api/petitions[/counts]`, staff],
  ];
  for (const [label, r] of loads) console.log(`  ${describeLoad(label, r)}`);
  const failed = loads.reduce((n, [, r]) => n + r.non2xx + r.errors + r.timeouts, 0);
  if (failed > 0) console.log(`  ${failed} requests failed: see the server output above`);

  // The target is in MB (10^6 bytes); /proc counts KiB.
  const against = (mib: number) => `${mib.toFixed(0)} MiB (${((mib * MiB) / 1e6).toFixed(0)} MB) = ${((mib * MiB) / TARGET_BYTES).toFixed(2)}×`;
  console.log(`server memory: peak RSS (VmHWM) ${against(peakMiB)} the 300 MB target; RSS at the end ${against(endMiB)}` +
    (before < 1_000_000 ? `  (the target is set at 1,000,000 petitions stored, this database has ${fmt(before)})` : ''));
} finally {
  await server.stop();
}
// Counted once the server has stopped: requests in flight at the end are committed but never acknowledged.
const after = countPetitions();
console.log(`petitions stored: ${fmt(before)} before, ${fmt(after)} after (+${fmt(after - before)}; ${fmt(acknowledged)} acknowledged, ${SEEDED} of them before the load)`);
console.log(`time: ${((performance.now() - began) / 1000).toFixed(1)} s in all; load average now ${os.loadavg()[0]?.toFixed(2)}`);

function countPetitions(): number {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return Number((db.prepare('select count(*) as n from petitions').get() as { n: number }).n);
  } finally {
    db.close();
  }
}

/** Adds the bench's account through `redress user add` unless an earlier run did. */
function ensureStaff(): void {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  const exists = db.prepare('select 1 from users where username = ?').get(STAFF.username) !== undefined;
  db.close();
  if (exists) return;
  const root = demoCounty.find((o) => o.parentKey === null)?.name as string;
  execFileSync(process.execPath, ['bin/redress.js', 'user', 'add', '--username', STAFF.username, '--name', '内存基准', '--org', root, '--role', 'supervisor', '--password', STAFF.password], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Each submission its own idempotency key (a replay would write nothing) and a different text. */
function submissionRequests(): RequestSpec[] {
  return rotating('/api/public/petitions', demoPetitions(2000).map(publicSubmission), () => ({ 'idempotency-key': crypto.randomUUID() }));
}

/**
 * What the inbox asks for when it opens (web/src/workbench/inbox/inboxFilters.ts, as bench/inbox.ts
 * sends it), plain and filtered, and searches, newest first, for words a member of staff would type.
 */
function staffRequests(session: Session, words: readonly string[]): RequestSpec[] {
  const open = steps.filter((step) => step !== 'closed').join(',');
  const inbox = (filters: Record<string, string>) => [
    `/api/petitions?${new URLSearchParams({ ...filters, step: open, sort: 'due', limit: '50' })}`,
    `/api/petitions/counts?${new URLSearchParams(filters)}`,
  ];
  const paths = [
    ...inbox({}),
    ...inbox({ overdue: 'true' }),
    ...inbox({ category: 'claim' }),
    ...words.flatMap((q) => [`/api/petitions?${new URLSearchParams({ q, limit: '50' })}`, `/api/petitions/counts?${new URLSearchParams({ q })}`]),
  ];
  return paths.map((p) => ({ method: 'GET', path: p, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } }));
}
