/**
 * Writes built chunks of demo petitions in one transaction: ids reserved from each table's own
 * allocator, rows in multi-row statements, search tokens in bulk and every event through a
 * ChainWriter, so the hash chains are the ones appendEvents would have made. (PostgreSQL; on
 * SQLite the builders place, chain and write the chunks themselves: demo-store.ts.)
 */
import { type Kysely, sql } from 'kysely';
import { ChainWriter, type NewEvent } from '../audit/event-log.ts';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { writeIndexTokens } from '../search/search.repository.ts';
import { placeIds } from './demo-place.ts';
import { insertValues, reserveIds } from './demo-rows.ts';
import { POSITION_SQL, type PositionRow, positionOf } from './demo-store.ts';
import { type BatchCounts, type ChainPosition, type ChunkResult, countsOf } from './demo-types.ts';

export async function writeChunks(trx: Kysely<DB>, dialect: DialectName, chunks: ChunkResult[]): Promise<BatchCounts> {
  if (dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
  const count = chunks.reduce((n, c) => n + c.count, 0);
  const docCount = chunks.reduce((n, c) => n + c.owners.documents.length, 0);
  const petitionIds = await reserveIds(trx, dialect, 'petitions', count);
  const documentIds = await reserveIds(trx, dialect, 'documents', docCount);
  const links: unknown[] = [];
  const search: { petitionId: number; tokens: string }[] = [];
  const events: NewEvent[] = [];
  let p = 0;
  let d = 0;
  for (const chunk of chunks) {
    const placed = placeIds(chunk, petitionIds, p, documentIds, d);
    for (const x of placed.links) links.push(x);
    for (const x of placed.search) search.push(x);
    for (const x of placed.events) events.push(x);
    p += chunk.count;
    d += chunk.owners.documents.length;
  }
  await insertValues(trx, dialect, 'petitions', chunks.map((c) => c.rows.petitions));
  await insertValues(trx, dialect, 'petitioners', chunks.map((c) => c.rows.petitioners));
  await insertValues(trx, dialect, 'deadlines', chunks.map((c) => c.rows.deadlines));
  await insertValues(trx, dialect, 'documents', chunks.map((c) => c.rows.documents));
  await insertValues(trx, dialect, 'petition_links', [links]);
  await writeIndexTokens(trx, dialect, search);
  const chain = await ChainWriter.open(trx, dialect, { batchSize: 10_000 });
  await chain.append(events);
  await chain.flush();
  return countsOf(chunks, events.length);
}

/** The position of a SQLite database now: the AUTOINCREMENT counters and chain_head. */
export async function chainPosition(db: Kysely<DB>): Promise<ChainPosition> {
  return positionOf((await sql.raw<PositionRow>(POSITION_SQL).execute(db)).rows[0]);
}

/**
 * Reserves the receipt numbers of `count` petitions on each day, by moving each day's counter on
 * as registerPetition's nextCounter would one by one: later registrations continue after them.
 * Returns the last number used before the reservation, per date.
 */
export async function reserveReceipts(db: Kysely<DB>, days: readonly { date: string; count: number }[]): Promise<Map<string, number>> {
  const before = new Map<string, number>();
  for (let i = 0; i < days.length; i += 1000) {
    const slice = days.slice(i, i + 1000);
    const rows = await db
      .insertInto('counters')
      .values(slice.map((d) => ({ scope: `receipt:${d.date}`, value: d.count })))
      .onConflict((oc) => oc.column('scope').doUpdateSet((eb) => ({ value: eb('counters.value', '+', eb.ref('excluded.value')) })))
      .returning(['scope', 'value'])
      .execute();
    const counts = new Map(slice.map((d) => [`receipt:${d.date}`, d.count]));
    for (const r of rows) before.set(r.scope.slice('receipt:'.length), Number(r.value) - (counts.get(r.scope) ?? 0));
  }
  return before;
}
