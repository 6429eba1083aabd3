import { describe, expect, it } from 'vitest';
import { ChainChecker, type CheckedRow } from './chain-checker.ts';
import { type GlobalHead, linkEvents } from './chain-link.ts';
import { GENESIS_HASH, canonicalJson, eventHash, globalHash } from './event-hash.ts';
import type { NewEvent } from './event-log.ts';

type Row = Omit<CheckedRow, 'pred_id' | 'pred_hash'>;

const event = (petitionId: number, type: string): NewEvent => ({
  petitionId, type, actorKind: 'system', actorUserId: null, actorOrgId: null, occurredAt: '2026-09-28T02:00:00.000Z', payload: { type }, public: true,
});

/** Three petitions, interleaved as a busy office would append them: ids 1..12. */
function buildLog(): { rows: Row[]; head: GlobalHead } {
  const events = [1, 2, 1, 3, 1, 2, 3, 1, 2, 3, 3, 1].map((p, i) => event(p, `step${i}`));
  const linked = linkEvents(events, events.map((_, i) => i + 1), new Map(), { lastEventId: 0, lastHash: GENESIS_HASH });
  return { rows: linked.rows as Row[], head: linked.global };
}

/** What verifyChains does over the database, over an array: predecessors by seq, then the rules. */
function verify(rows: Row[], head: GlobalHead, maxProblems?: number) {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const checker = new ChainChecker(maxProblems);
  for (const row of sorted) {
    const pred = rows.find((r) => r.petition_id === row.petition_id && r.seq === row.seq - 1);
    checker.check({ ...row, pred_id: pred?.id ?? null, pred_hash: pred?.hash ?? null });
  }
  const headRow = rows.find((r) => r.id === head.lastEventId);
  checker.finish(head, headRow?.global_hash, sorted.filter((r) => r.id > head.lastEventId));
  return { problems: checker.problems, omitted: checker.omitted, kinds: checker.problems.map((p) => `${p.kind}:${p.eventId}`) };
}

const rehash = (row: Row): Row => ({ ...row, hash: eventHash(row.prev_hash, { ...row, petitionId: row.petition_id, actorKind: row.actor_kind, actorUserId: null, actorOrgId: null, occurredAt: row.occurred_at, public: true }, row.payload) });

describe('ChainChecker', () => {
  it('accepts an intact log', () => {
    const { rows, head } = buildLog();
    expect(verify(rows, head).problems).toEqual([]);
  });

  it('names an event whose payload was edited, and nothing else', () => {
    const { rows, head } = buildLog();
    rows[4] = { ...(rows[4] as Row), payload: canonicalJson({ type: 'forged' }) };
    expect(verify(rows, head).problems).toEqual([{ eventId: 5, petitionId: 1, kind: 'altered', message: expect.stringContaining('event 5') }]);
  });

  it('names an edited event whose hash was recomputed to match, through the global chain', () => {
    const { rows, head } = buildLog();
    rows[4] = rehash({ ...(rows[4] as Row), payload: canonicalJson({ type: 'forged' }) });
    expect(verify(rows, head).kinds).toEqual(['altered:5']);
  });

  it('finds a removed middle event in its petition and in the global chain', () => {
    const { rows, head } = buildLog();
    const { problems } = verify(rows.filter((r) => r.id !== 3), head); // petition 1, seq 2
    expect(problems).toEqual([
      { eventId: 5, petitionId: 1, kind: 'removed', message: expect.stringContaining('position 2') },
      { eventId: 4, petitionId: null, kind: 'removed', message: expect.stringContaining('between event 2 and event 4') },
    ]);
  });

  it('finds events removed from the end through the chain head', () => {
    const { rows, head } = buildLog();
    expect(verify(rows.slice(0, -2), head).kinds).toEqual(['headMismatch:12']);
  });

  it('names a forged event appended past the head, even with correctly computed hashes', () => {
    const { rows, head } = buildLog();
    const last = rows.findLast((r) => r.petition_id === 2) as Row;
    const forged = rehash({ ...last, id: 13, seq: last.seq + 1, prev_hash: last.hash, payload: '{"type":"forged"}' });
    forged.global_prev_hash = head.lastHash;
    forged.global_hash = globalHash(head.lastHash, forged.hash, 13);
    expect(verify([...rows, forged], head).kinds).toEqual(['inserted:13']);
    expect(verify([...rows, { ...forged, global_prev_hash: '1'.repeat(64) }], head).kinds).toEqual(['altered:13', 'inserted:13']);
  });

  it('names a forged event slipped in between two events of the global chain', () => {
    const { rows, head } = buildLog();
    const spaced = rows.map((r) => ({ ...r, id: r.id * 10 }));
    // Real ids are bound into the global hash: re-chain the spaced copy as if written so.
    let prev = GENESIS_HASH;
    for (const r of spaced) [r.global_prev_hash, r.global_hash] = [prev, (prev = globalHash(prev, r.hash, r.id))];
    const at = spaced[5] as Row;
    const forged = { ...at, id: at.id + 5, petition_id: 9, seq: 1, prev_hash: GENESIS_HASH, global_prev_hash: at.global_hash };
    const fixed = rehash(forged);
    fixed.global_hash = globalHash(fixed.global_prev_hash, fixed.hash, fixed.id);
    expect(verify([...spaced, fixed], { lastEventId: 120, lastHash: prev }).kinds).toEqual(['inserted:65']);
  });

  it('reports two events whose positions were swapped as reordered, and only that', () => {
    const { rows, head } = buildLog();
    const a = rows[2] as Row; // petition 1, seq 2
    const b = rows[4] as Row; // petition 1, seq 3
    [a.seq, b.seq] = [b.seq, a.seq];
    const { problems } = verify(rows, head);
    expect(problems.map((p) => [p.kind, p.eventId])).toEqual([['reordered', 3], ['reordered', 5]]);
    expect(problems[0]?.message).toContain('recorded at position 2');
  });

  it('names only the moved events when two positions apart are swapped', () => {
    const { rows, head } = buildLog();
    const [a, b] = [rows[0] as Row, rows[4] as Row]; // petition 1, seq 1 and 3
    [a.seq, b.seq] = [b.seq, a.seq];
    expect(verify(rows, head).kinds).toEqual(['reordered:1', 'reordered:5']);
  });

  it('lists at most maxProblems and counts the rest', () => {
    const { rows, head } = buildLog();
    const edited = rows.map((r) => ({ ...r, payload: '{}' }));
    expect(verify(edited, head, 5)).toMatchObject({ omitted: 7, problems: { length: 5 } });
  });
});
