/**
 * Writes built chunks of demo petitions in one transaction: ids reserved from each table's own
 * allocator, rows in multi-row statements, search tokens in bulk and every event through a
 * ChainWriter, so the hash chains are the ones appendEvents would have made. (PostgreSQL; on
 * SQLite the builders place and chain the chunks themselves: writePlacedChunks.)
 */
import { type Kysely, sql } from 'kysely';
import { writeGlobalHead } from '../audit/chain-store.ts';
import { ChainWriter, type NewEvent } from '../audit/event-log.ts';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { writeIndexTokens } from '../search/search.repository.ts';
import { placeIds } from './demo-place.ts';
import { insertValues, reserveIds } from './demo-rows.ts';
import type { ChunkResult, PlacedChunk } from './demo-types.ts';

export interface BatchCounts {
  petitions: number;
  events: number;
  documents: number;
  deadlines: number;
  petitioners: number;
}

const countsOf = (chunks: ChunkResult[], events: number): BatchCounts => ({
  petitions: chunks.reduce((n, c) => n + c.count, 0),
  events,
  documents: chunks.reduce((n, c) => n + c.owners.documents.length, 0),
  deadlines: chunks.reduce((n, c) => n + c.owners.deadlines.length, 0),
  petitioners: chunks.reduce((n, c) => n + c.owners.petitioners.length, 0),
});

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

/** Where the tables' id counters and the global chain stand, as the next placed chunk expects them. */
export interface ChainPosition {
  petitionBase: number;
  documentBase: number;
  eventBase: number;
  lastHash: string;
}

/** The position of a SQLite database now: the AUTOINCREMENT counters and chain_head. */
export async function chainPosition(db: Kysely<DB>): Promise<ChainPosition> {
  const { rows } = await sql<{ name: string; seq: number }>`select name, seq from sqlite_sequence where name in ('petitions', 'documents', 'events')`.execute(db);
  const seq = (name: string) => Number(rows.find((r) => r.name === name)?.seq ?? 0);
  const head = await db.selectFrom('chain_head').select(['last_event_id', 'last_hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(head.last_event_id) !== seq('events')) throw new Error(`chain_head is at event ${head.last_event_id} but the last event id given out is ${seq('events')}`);
  return { petitionBase: seq('petitions'), documentBase: seq('documents'), eventBase: seq('events'), lastHash: head.last_hash };
}

const samePosition = (a: ChainPosition, b: ChainPosition) =>
  a.petitionBase === b.petitionBase && a.documentBase === b.documentBase && a.eventBase === b.eventBase && a.lastHash === b.lastHash;

/**
 * Writes chunks the builders placed and chained (SQLite): the rows as they are, and chain_head
 * moved to the last event. The chunks follow each other and the first starts where the database
 * stands — checked inside the transaction, so a writer that slipped in between (the loader
 * assumes none) fails the load instead of forking the chain.
 */
export async function writePlacedChunks(trx: Kysely<DB>, dialect: DialectName, chunks: ChunkResult[]): Promise<BatchCounts> {
  const placed = chunks.map((c) => c.placed as PlacedChunk);
  let at = await chainPosition(trx);
  for (const p of placed) {
    if (!samePosition(at, p.start)) throw new Error(`demo writer: the database moved on during the load (expected ${JSON.stringify(p.start)}, found ${JSON.stringify(at)})`);
    at = p.end;
  }
  await insertValues(trx, dialect, 'petitions', chunks.map((c) => c.rows.petitions));
  await insertValues(trx, dialect, 'petitioners', chunks.map((c) => c.rows.petitioners));
  await insertValues(trx, dialect, 'deadlines', chunks.map((c) => c.rows.deadlines));
  await insertValues(trx, dialect, 'documents', chunks.map((c) => c.rows.documents));
  await insertValues(trx, dialect, 'petition_links', placed.map((p) => p.links));
  const search: { petitionId: number; tokens: string }[] = [];
  for (const p of placed) for (let i = 0; i < p.search.length; i += 2) search.push({ petitionId: p.search[i] as number, tokens: p.search[i + 1] as string });
  await writeIndexTokens(trx, dialect, search);
  await insertValues(trx, dialect, 'events', placed.map((p) => p.events));
  await writeGlobalHead(trx, dialect, { lastEventId: at.eventBase, lastHash: at.lastHash });
  return countsOf(chunks, placed.reduce((n, p) => n + p.eventCount, 0));
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
