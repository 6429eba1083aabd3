// `redress audit verify`: re-reads the whole event log, page by page, and reports every place where
// the stored rows no longer agree with the chains they were written into.
import type { Kysely } from 'kysely';
import type { Database } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { ChainChecker, type ChainProblem, type CheckedRow } from './chain-checker.ts';
import type { GlobalHead } from './chain-link.ts';

export type { ChainProblem, ProblemKind } from './chain-checker.ts';

export interface VerifyOptions {
  onProgress?(checked: number, total: number): void;
  /** Events read per query (keyset pagination on id). */
  pageSize?: number;
  /** Problems listed in full; the rest are only counted in `omitted`, so memory stays bounded. */
  maxProblems?: number;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problems: ChainProblem[];
  /** Problems found beyond maxProblems. */
  omitted: number;
  /** The global head as verified: write it down somewhere else to detect a wholesale rewrite later. */
  head: { eventId: number; hash: string };
}

export async function verifyChains(database: Database, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { db } = database;
  const pageSize = options.pageSize ?? 10_000;
  const checker = new ChainChecker(options.maxProblems);
  const counted = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let total = Number(counted.n);
  let after = 0;
  let head: GlobalHead;
  for (;;) {
    let page = await readPage(db, after, pageSize);
    if (page.length === 0) {
      // The application keeps appending while we read. The head is read only once the end is
      // reached, and kept only if no event came after it meanwhile — then every committed event
      // has been seen and an event past the head cannot be a legitimate late commit.
      head = await readHead(db);
      page = await readPage(db, after, pageSize);
      if (page.length === 0) break;
    }
    for (const row of page) checker.check(row);
    after = (page[page.length - 1] as CheckedRow).id;
    total = Math.max(total, checker.checked);
    options.onProgress?.(checker.checked, total);
  }
  const headRow = await db.selectFrom('events').select('global_hash').where('id', '=', head.lastEventId).executeTakeFirst();
  const beyond = await db
    .selectFrom('events')
    .select(['id', 'petition_id'])
    .where('id', '>', head.lastEventId)
    .orderBy('id')
    .limit(options.maxProblems ?? 1000)
    .execute();
  checker.finish(head, headRow?.global_hash, beyond);
  return {
    ok: checker.problems.length === 0 && checker.omitted === 0,
    checked: checker.checked,
    problems: checker.problems,
    omitted: checker.omitted,
    head: { eventId: head.lastEventId, hash: head.lastHash },
  };
}

// Keyset pagination on the primary key: each page costs the same however deep into the log it is.
// The predecessor is fetched with correlated subqueries (one probe each on the unique
// (petition_id, seq) index) rather than a join, so PostgreSQL cannot pick a plan that hashes the
// whole table for every page.
function readPage(db: Kysely<DB>, after: number, pageSize: number): Promise<CheckedRow[]> {
  return db
    .selectFrom('events as e')
    .selectAll('e')
    .select((eb) => [
      eb
        .selectFrom('events as p')
        .select('p.id')
        .whereRef('p.petition_id', '=', 'e.petition_id')
        .where('p.seq', '=', eb('e.seq', '-', 1))
        .as('pred_id'),
      eb
        .selectFrom('events as p')
        .select('p.hash')
        .whereRef('p.petition_id', '=', 'e.petition_id')
        .where('p.seq', '=', eb('e.seq', '-', 1))
        .as('pred_hash'),
    ])
    .where('e.id', '>', after)
    .orderBy('e.id')
    .limit(pageSize)
    .execute();
}

async function readHead(db: Kysely<DB>): Promise<GlobalHead> {
  const row = await db.selectFrom('chain_head').select(['last_event_id', 'last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { lastEventId: Number(row.last_event_id), lastHash: row.last_hash };
}
