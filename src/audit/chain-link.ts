// Linking new events into both chains — pure, shared by appendEvents and ChainWriter so the two
// cannot drift apart: the same events after the same heads get the same hashes, byte for byte.
import type { Insertable } from 'kysely';
import type { EventTable } from '../platform/database/schema.ts';
import { type EventContent, GENESIS_HASH, canonicalJson, eventHash, globalHash } from './event-hash.ts';
import type { NewEvent } from './event-log.ts';

/** The last event of one chain: its position and hash. */
export interface ChainLink {
  seq: number;
  hash: string;
}

/** The last event of the global chain (id 0 and the genesis hash while there is none). */
export interface GlobalHead {
  lastEventId: number;
  lastHash: string;
}

export interface LinkedEvents {
  rows: Insertable<EventTable>[];
  global: GlobalHead;
}

const isoUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const actorKinds = new Set(['staff', 'petitioner', 'system']);

/**
 * Gives each event its id (from `ids`, ascending), its seq after its petition's head in `heads`
 * (updated in place; a petition missing from it has no events yet) and both hashes.
 */
export function linkEvents(events: NewEvent[], ids: number[], heads: Map<number, ChainLink>, global: GlobalHead): LinkedEvents {
  if (ids.length !== events.length) throw new Error(`linkEvents: ${events.length} events but ${ids.length} ids`);
  const rows: Insertable<EventTable>[] = [];
  let globalPrev = global.lastHash;
  let lastId = global.lastEventId;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as NewEvent;
    assertEvent(event);
    const id = ids[i] as number;
    // The verifier walks the global chain in id order, so ids must only ever grow along it.
    if (id <= lastId) throw new Error(`linkEvents: event id ${id} does not follow ${lastId}`);
    const head = heads.get(event.petitionId);
    const seq = head ? head.seq + 1 : 1;
    const prevHash = head ? head.hash : GENESIS_HASH;
    const payloadJson = canonicalJson(event.payload);
    const hash = eventHash(prevHash, contentOf(event, seq), payloadJson);
    const chained = globalHash(globalPrev, hash, id);
    rows.push({
      id,
      petition_id: event.petitionId,
      seq,
      type: event.type,
      actor_kind: event.actorKind,
      actor_user_id: event.actorUserId,
      actor_org_id: event.actorOrgId,
      occurred_at: event.occurredAt,
      payload: payloadJson,
      public: event.public ? 1 : 0,
      prev_hash: prevHash,
      hash,
      global_prev_hash: globalPrev,
      global_hash: chained,
    });
    heads.set(event.petitionId, { seq, hash });
    globalPrev = chained;
    lastId = id;
  }
  return { rows, global: { lastEventId: lastId, lastHash: globalPrev } };
}

// Named fields, not a spread: callers may hand over objects with more properties than these.
const contentOf = (e: NewEvent, seq: number): EventContent => ({
  petitionId: e.petitionId, seq, type: e.type, actorKind: e.actorKind, actorUserId: e.actorUserId,
  actorOrgId: e.actorOrgId, occurredAt: e.occurredAt, payload: e.payload, public: e.public,
});

// A malformed event would be sealed into the chain for ever, so it is refused before hashing.
function assertEvent(event: NewEvent): void {
  // Built only when a check fails: this runs for every event a demo load writes.
  const where = () => `event ${JSON.stringify(event.type)} of petition ${event.petitionId}`;
  if (!Number.isSafeInteger(event.petitionId) || event.petitionId <= 0) throw new TypeError(`${where()}: bad petition id`);
  if (!actorKinds.has(event.actorKind)) throw new TypeError(`${where()}: bad actor kind ${String(event.actorKind)}`);
  if (!isoUtc.test(event.occurredAt)) throw new TypeError(`${where()}: occurredAt must be ISO-8601 UTC, got ${event.occurredAt}`);
  if (typeof event.payload !== 'object' || event.payload === null || Array.isArray(event.payload)) {
    throw new TypeError(`${where()}: payload must be an object`);
  }
}
