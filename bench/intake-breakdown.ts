// Where one registration's time goes, without HTTP: registerPetition called back to back on a
// fresh SQLite database with every statement timed (commit, prepares, each insert), on a connection
// set up as the server's (its pragmas, statements cached by SQL text). The remainder is
// JavaScript: Kysely's query building, segmentation, sealing, hashing. Prints figures only.
//   node --import tsx bench/intake-breakdown.ts [--seconds 5]
import { parseArgs } from 'node:util';
import type { DemoPetition } from '../src/demo/index.ts';
import { type RegisterInput, registerPetition } from '../src/petitions/register-petition.ts';
import { fmt } from './support/load.ts';
import { demoPetitions } from './support/petitions.ts';
import { openTimedContext, perOperation } from './support/timed-sqlite.ts';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '5' } } });
const seconds = Number(args.seconds);
const MAX_REGISTRATIONS = 10_000_000;
const WARMUP = 200;

const { ctx, officeId, timings, close } = await openTimedContext();
const petitions = demoPetitions(2000);
const input = (i: number): RegisterInput => {
  const p = petitions[i % petitions.length] as DemoPetition;
  return {
    channel: 'online', category: p.category, classification: p.classification, title: p.title, request: p.request, content: p.content,
    respondentText: p.respondent, placeDivisionCode: p.placeDivisionCode, placeAddress: p.placeAddress, signerCount: p.signerCount,
    anonymous: p.anonymous, petitioners: p.petitioners, attachments: [], registeringOrgId: officeId, receivedBy: null,
    actor: { kind: 'petitioner' }, idempotencyKey: `breakdown-${i}`,
  };
};

// Warm-up (JIT, jieba's dictionary), then measure from clean counters.
for (let i = 0; i < WARMUP; i++) await registerPetition(ctx, input(i));
timings.byKind.clear();
let n = 0;
const started = performance.now();
while (n < MAX_REGISTRATIONS && performance.now() - started < seconds * 1000) {
  await registerPetition(ctx, input(WARMUP + n));
  n += 1;
}
const wallMs = performance.now() - started;
await close();

const sqliteMs = timings.totalMs();
console.log(`registerPetition in-process, back to back, prepared statements cached as in the server: ${fmt(n / (wallMs / 1000))}/s (${fmt(n)} in ${(wallMs / 1000).toFixed(1)} s)`);
console.log(`per registration: ${perOperation(wallMs, n)} wall = ${perOperation(sqliteMs, n)} inside better-sqlite3 + ${perOperation(wallMs - sqliteMs, n)} JavaScript (Kysely, segmentation, sealing, hashing, promises)`);
for (const line of timings.report(n)) console.log(line);
