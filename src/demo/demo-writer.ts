/**
 * Writes built chunks of demo petitions in one transaction: ids reserved from each table's own
 * allocator, rows in multi-row statements, search tokens in bulk and every event through a
 * ChainWriter, so the hash chains are the ones appendEvents would have made.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import { ChainWriter, type NewEvent } from '../audit/event-log.ts';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { writeIndexTokens } from '../search/search.repository.ts';
import { insertAll, reserveIds } from './demo-rows.ts';
import type { ChunkResult } from './demo-types.ts';

export interface BatchCounts {
  petitions: number;
  events: number;
  documents: number;
  deadlines: number;
  petitioners: number;
}

export async function writeChunks(trx: Kysely<DB>, dialect: DialectName, chunks: ChunkResult[]): Promise<BatchCounts> {
  if (dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(trx);
  const count = chunks.reduce((n, c) => n + c.cases.length, 0);
  const docCount = chunks.reduce((n, c) => n + c.cases.reduce((m, k) => m + k.documents.length, 0), 0);
  const petitionIds = await reserveIds(trx, dialect, 'petitions', count);
  const documentIds = await reserveIds(trx, dialect, 'documents', docCount);
  const petitions: Insertable<DB['petitions']>[] = [];
  const petitioners: Insertable<DB['petitioners']>[] = [];
  const deadlines: Insertable<DB['deadlines']>[] = [];
  const documents: Insertable<DB['documents']>[] = [];
  const links: Insertable<DB['petition_links']>[] = [];
  const search: { petitionId: number; tokens: string }[] = [];
  const events: NewEvent[] = [];
  let p = 0;
  let d = 0;
  for (const chunk of chunks) {
    const ids = petitionIds.slice(p, p + chunk.cases.length);
    for (const [k, c] of chunk.cases.entries()) {
      const id = ids[k] as number;
      const docIds = c.documents.map(() => documentIds[d++] as number);
      petitions.push({ id, ...c.row });
      for (const row of c.petitioners) petitioners.push({ petition_id: id, ...row });
      for (const row of c.deadlines) deadlines.push({ petition_id: id, ...row });
      c.documents.forEach((row, i) => documents.push({ id: docIds[i] as number, petition_id: id, ...row }));
      for (const other of c.links) {
        links.push({ petition_id: id, linked_petition_id: ids[other] as number }, { petition_id: ids[other] as number, linked_petition_id: id });
      }
      search.push({ petitionId: id, tokens: c.tokens });
      for (const e of c.events) {
        // Positions become ids before hashing, so the chain covers the stored values.
        const payload = e.payload.documentId !== undefined ? { ...e.payload, documentId: docIds[Number(e.payload.documentId)] }
          : e.type === 'linked' ? { ...e.payload, petitionId: ids[Number(e.payload.petitionId)] } : e.payload;
        events.push({ ...e, petitionId: id, payload });
      }
    }
    p += chunk.cases.length;
  }
  await insertAll(trx, dialect, 'petitions', petitions);
  await insertAll(trx, dialect, 'petitioners', petitioners);
  await insertAll(trx, dialect, 'deadlines', deadlines);
  await insertAll(trx, dialect, 'documents', documents);
  await insertAll(trx, dialect, 'petition_links', links);
  await writeIndexTokens(trx, dialect, search);
  const chain = await ChainWriter.open(trx, dialect, { batchSize: 10_000 });
  await chain.append(events);
  await chain.flush();
  return { petitions: count, events: events.length, documents: docCount, deadlines: deadlines.length, petitioners: petitioners.length };
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
