// The data format of the audit chain. Every stored hash depends on these exact bytes, so nothing
// here may change without a migration that re-chains the history (and a new verifier for the old).
import { hash } from 'node:crypto';

/** The `prev` of the first event of every chain, per petition and global. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything it says, nothing about where it is stored. */
export interface EventContent {
  petitionId: number;
  seq: number;
  type: string;
  actorKind: string;
  actorUserId: number | null;
  actorOrgId: number | null;
  occurredAt: string;
  payload: unknown;
  public: boolean;
}

/**
 * JSON with object keys sorted by UTF-16 code units at every level and no whitespace — the
 * RFC 8785 (JCS) form for the values JSON can hold. Values JSON would silently change (NaN, a
 * bigint, a function) are refused, so what is hashed is always what is stored.
 */
export function canonicalJson(value: unknown): string {
  // Hand-written rather than Object.keys().map().join(): the bulk loader hashes millions of these.
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot hash the number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      let out = '{';
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue;
        out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`cannot hash a value of type ${typeof value}`);
  }
}

/**
 * The canonical form of an event's content. Equal to canonicalJson(content), but written out in
 * key order so the verifier can splice in the stored payload text without parsing millions of
 * payloads: the payload column always holds canonicalJson(payload), so any edit to it — even
 * whitespace — changes the hash.
 */
export function canonicalContent(content: EventContent, payloadJson: string = canonicalJson(content.payload)): string {
  const s = JSON.stringify;
  const n = (v: number | null) => (v === null ? 'null' : canonicalJson(v));
  return (
    `{"actorKind":${s(content.actorKind)},"actorOrgId":${n(content.actorOrgId)},"actorUserId":${n(content.actorUserId)}` +
    `,"occurredAt":${s(content.occurredAt)},"payload":${payloadJson},"petitionId":${n(content.petitionId)}` +
    `,"public":${content.public},"seq":${n(content.seq)},"type":${s(content.type)}}`
  );
}

/** SHA-256 (hex) of the previous event's hash followed by this event's canonical content, UTF-8. */
export function eventHash(prevHash: string, content: EventContent, payloadJson?: string): string {
  return hash('sha256', prevHash + canonicalContent(content, payloadJson), 'hex');
}

/**
 * The global running chain, in event id order. It binds the id as well as the event hash, so
 * renumbering, removing or slipping in a row anywhere breaks it. The two hashes are fixed-width
 * hex, so the concatenation is unambiguous without separators.
 */
export function globalHash(globalPrevHash: string, eventHashHex: string, eventId: number): string {
  return hash('sha256', `${globalPrevHash}${eventHashHex}${eventId}`, 'hex');
}
