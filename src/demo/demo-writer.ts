/**
 * Writes built chunks of demo petitions in one transaction: ids reserved from each table's own
 * allocator, rows in multi-row statements, search tokens in bulk and every event through a
 * ChainWriter, so the hash chains are the ones appendEvents would have made.
 */
import { type Kysely, sql } from 'kysely';
import { ChainWriter, type NewEvent } from '../audit/event-log.ts';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { writeIndexTokens } from '../search/search.repository.ts';
import { columnCount, insertValues, reserveIds } from './demo-rows.ts';
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
  const count = chunks.reduce((n, c) => n + c.count, 0);
  const docCount = chunks.reduce((n, c) => n + c.owners.documents.length, 0);
  const petitionIds = await reserveIds(trx, dialect, 'petitions', count);
  const documentIds = await reserveIds(trx, dialect, 'documents', docCount);
  const links: unknown[] = [];
  const search: { petitionId: number; tokens: string }[] = [];
  const events: NewEvent[] = [];
  let p = 0;
  let d = 0;
  let deadlines = 0;
  let petitioners = 0;
  for (const chunk of chunks) {
    // The builder left the id columns null; they are the first ones of each row.
    const { rows, owners } = chunk;
    const fill = (values: unknown[], width: number, owner: number[], offset: number) => {
      for (let r = 0; r < owner.length; r++) values[r * width + offset] = petitionIds[p + (owner[r] as number)];
    };
    for (let k = 0; k < chunk.count; k++) rows.petitions[k * columnCount('petitions')] = petitionIds[p + k];
    fill(rows.petitioners, columnCount('petitioners'), owners.petitioners, 0);
    fill(rows.deadlines, columnCount('deadlines'), owners.deadlines, 0);
    const docWidth = columnCount('documents');
    for (let r = 0; r < owners.documents.length; r++) rows.documents[r * docWidth] = documentIds[d + r];
    fill(rows.documents, docWidth, owners.documents, 1);
    for (let i = 0; i < chunk.links.length; i += 2) {
      const id = petitionIds[p + (chunk.links[i] as number)];
      const other = petitionIds[p + (chunk.links[i + 1] as number)];
      links.push(id, other, other, id);
    }
    for (let k = 0; k < chunk.count; k++) {
      const id = petitionIds[p + k] as number;
      search.push({ petitionId: id, tokens: chunk.tokens[k] as string });
      const docBase = d + (chunk.documentStart[k] as number);
      for (let e = chunk.eventStart[k] as number; e < (chunk.eventStart[k + 1] as number); e++) {
        // Positions become ids before hashing, so the chain covers the stored values. The event is
        // the writer's alone (a structured clone, or a draft nobody else holds): completed in place.
        const event = chunk.events[e] as NewEvent;
        event.petitionId = id;
        if (event.payload.documentId !== undefined) event.payload = { ...event.payload, documentId: documentIds[docBase + Number(event.payload.documentId)] };
        else if (event.type === 'linked') event.payload = { ...event.payload, petitionId: petitionIds[p + Number(event.payload.petitionId)] };
        events.push(event);
      }
    }
    p += chunk.count;
    d += owners.documents.length;
    deadlines += owners.deadlines.length;
    petitioners += owners.petitioners.length;
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
  return { petitions: count, events: events.length, documents: docCount, deadlines, petitioners };
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
