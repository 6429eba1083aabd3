/**
 * Giving a built chunk its ids: petition, document and link ids into the rows, and the event
 * payloads' positions turned into ids — by the writer (PostgreSQL: ids from the sequences as the
 * transaction draws them) or, on SQLite, by the builder itself, which then also chains the events
 * (ids and heads from the relay), so the writer only inserts.
 */
import { linkEvents } from '../audit/chain-link.ts';
import type { NewEvent } from '../audit/event-log.ts';
import { columnCount, packRow } from './demo-rows.ts';
import type { ChainRelay } from './demo-relay.ts';
import type { ChunkResult, PlacedChunk } from './demo-types.ts';

export interface Placed {
  /** petition_links rows, flat: both directions of each link. */
  links: unknown[];
  search: { petitionId: number; tokens: string }[];
  events: NewEvent[];
}

/**
 * Fills the id columns of `chunk`'s rows (the first ones of each row, left null by the builder)
 * from petitionIds[p…] and documentIds[d…], and gives its events their petition and the ids in
 * their payloads. The events are the chunk's own (a structured clone, or drafts nobody else holds):
 * completed in place.
 */
export function placeIds(chunk: ChunkResult, petitionIds: readonly number[], p: number, documentIds: readonly number[], d: number): Placed {
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
  const links: unknown[] = [];
  for (let i = 0; i < chunk.links.length; i += 2) {
    const id = petitionIds[p + (chunk.links[i] as number)];
    const other = petitionIds[p + (chunk.links[i + 1] as number)];
    links.push(id, other, other, id);
  }
  const search: Placed['search'] = [];
  const events: NewEvent[] = [];
  for (let k = 0; k < chunk.count; k++) {
    const id = petitionIds[p + k] as number;
    search.push({ petitionId: id, tokens: chunk.tokens[k] as string });
    const docBase = d + (chunk.documentStart[k] as number);
    for (let e = chunk.eventStart[k] as number; e < (chunk.eventStart[k + 1] as number); e++) {
      // Positions become ids before hashing, so the chain covers the stored values.
      const event = chunk.events[e] as NewEvent;
      event.petitionId = id;
      if (event.payload.documentId !== undefined) event.payload = { ...event.payload, documentId: documentIds[docBase + Number(event.payload.documentId)] };
      else if (event.type === 'linked') event.payload = { ...event.payload, petitionId: petitionIds[p + Number(event.payload.petitionId)] };
      events.push(event);
    }
  }
  return { links, search, events };
}

const range = (base: number, count: number): number[] => Array.from({ length: count }, (_, i) => base + i + 1);

/**
 * The builder's side on SQLite: ids after the bases the chunk before published, events chained
 * after its head exactly as linkEvents chains them for appendEvents, and both passed on at once
 * to the chunk after. `petitionBase` is the last petition id before this chunk.
 */
export function placeAndChain(chunk: ChunkResult, index: number, petitionBase: number, relay: ChainRelay): PlacedChunk {
  try {
    const { documentBase, eventBase } = relay.awaitBases(index);
    const eventCount = chunk.events.length;
    const documentCount = chunk.owners.documents.length;
    relay.publishBases(index + 1, { documentBase: documentBase + documentCount, eventBase: eventBase + eventCount });
    const placed = placeIds(chunk, range(petitionBase, chunk.count), 0, range(documentBase, documentCount), 0);
    const lastHash = relay.awaitHead(index);
    const linked = linkEvents(placed.events, range(eventBase, eventCount), new Map(), { lastEventId: eventBase, lastHash });
    relay.publishHead(index + 1, linked.global.lastHash);
    const events: unknown[] = [];
    for (let i = 0; i < linked.rows.length; i++) packRow('events', linked.rows[i] as object, events);
    return {
      links: placed.links, search: placed.search, events, eventCount,
      start: { petitionBase, documentBase, eventBase, lastHash },
      end: { petitionBase: petitionBase + chunk.count, documentBase: documentBase + documentCount, eventBase: eventBase + eventCount, lastHash: linked.global.lastHash },
    };
  } catch (error) {
    relay.fail(index + 1);
    throw error;
  }
}
