// Where one public look-up's time goes, without HTTP: openPublicCase + publicViewOf back to back
// (the view built afresh each time, as on a cache miss)
// over petitions registered in-process, with every SQLite statement timed, on a connection set up
// as the server's (its pragmas, statements cached by SQL text, readNow). Prints figures only.
//   node --import tsx bench/lookup-breakdown.ts [--seconds 5] [--petitions 3000]
import { parseArgs } from 'node:util';
import type { DemoPetition } from '../src/demo/index.ts';
import { openPublicCase, publicViewOf } from '../src/petitions/public-view.ts';
import { registerPetition } from '../src/petitions/register-petition.ts';
import { fmt } from './support/load.ts';
import { demoPetitions } from './support/petitions.ts';
import { openTimedContext, perOperation } from './support/timed-sqlite.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    petitions: { type: 'string', default: '3000' },
  },
});
const seconds = Number(args.seconds);
const MAX_LOOKUPS = 100_000_000;

const { ctx, officeId, timings, close } = await openTimedContext();
const credentials: { receiptNo: string; queryCode: string }[] = [];
for (const p of demoPetitions(Number(args.petitions), 7) as DemoPetition[]) {
  const receipt = await registerPetition(ctx, {
    channel: 'online', category: p.category, classification: p.classification, title: p.title, request: p.request, content: p.content,
    respondentText: p.respondent, placeDivisionCode: p.placeDivisionCode, placeAddress: p.placeAddress, signerCount: p.signerCount,
    anonymous: p.anonymous, petitioners: p.petitioners, attachments: [], registeringOrgId: officeId, receivedBy: null, actor: { kind: 'petitioner' },
  });
  credentials.push({ receiptNo: receipt.receiptNo, queryCode: receipt.queryCode });
}

const lookup = async (i: number) => {
  const c = credentials[i % credentials.length] as (typeof credentials)[number];
  return publicViewOf(ctx, await openPublicCase(ctx, c.receiptNo, c.queryCode), 'zh-CN');
};
for (let i = 0; i < 2000; i++) await lookup(i);
timings.byKind.clear();
let n = 0;
const started = performance.now();
while (n < MAX_LOOKUPS && performance.now() - started < seconds * 1000) {
  await lookup(n * 7919);
  n += 1;
}
const wallMs = performance.now() - started;
await close();

const sqliteMs = timings.totalMs();
console.log(`public look-up in-process (openPublicCase + publicViewOf, no view cache), back to back, prepared statements cached as in the server: ${fmt(n / (wallMs / 1000))}/s (${fmt(n)} in ${(wallMs / 1000).toFixed(1)} s)`);
console.log(`per look-up: ${perOperation(wallMs, n)} wall = ${perOperation(sqliteMs, n)} inside better-sqlite3 + ${perOperation(wallMs - sqliteMs, n)} JavaScript (Kysely, presenting, promises)`);
for (const line of timings.report(n)) console.log(line);
