import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EventContent, GENESIS_HASH, canonicalContent, canonicalJson, eventHash, globalHash } from './event-hash.ts';

const content: EventContent = {
  petitionId: 42,
  seq: 1,
  type: 'registered',
  actorKind: 'staff',
  actorUserId: 7,
  actorOrgId: 3,
  occurredAt: '2026-09-28T02:00:00.000Z',
  payload: { 渠道: '来信', b: [1, 2.5, null], a: { z: true, y: '“引号”\n' } },
  public: true,
};

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"x":2,"y":1}]},"b":1}');
  });

  it('writes Chinese text as itself, to be hashed as UTF-8', () => {
    expect(canonicalJson({ 事项: '拖欠工资' })).toBe('{"事项":"拖欠工资"}');
  });

  it('drops undefined members like JSON does and uses toJSON (dates)', () => {
    expect(canonicalJson({ a: undefined, b: [undefined], at: new Date('2026-01-02T03:04:05Z') })).toBe('{"at":"2026-01-02T03:04:05.000Z","b":[null]}');
  });

  it('refuses values JSON would silently change', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('canonicalContent', () => {
  it('is exactly canonicalJson of the content, whatever the content', () => {
    const json: fc.Arbitrary<unknown> = fc.jsonValue();
    const arbitraryContent = fc.record({
      petitionId: fc.integer({ min: 1 }),
      seq: fc.integer({ min: 1 }),
      type: fc.string(),
      actorKind: fc.constantFrom('staff', 'petitioner', 'system'),
      actorUserId: fc.option(fc.integer({ min: 1 }), { nil: null }),
      actorOrgId: fc.option(fc.integer({ min: 1 }), { nil: null }),
      occurredAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      payload: fc.dictionary(fc.string(), json),
      public: fc.boolean(),
    });
    fc.assert(fc.property(arbitraryContent, (c) => canonicalContent(c) === canonicalJson(c)));
  });

  it('splices in the stored payload text verbatim', () => {
    expect(canonicalContent(content, '{"x":1}')).toContain('"payload":{"x":1},');
  });
});

describe('eventHash and globalHash', () => {
  // Pinned: every stored hash depends on this format. Cross-checked with Python:
  // sha256('0'*64 + json.dumps(content, sort_keys=True, separators=(',',':'), ensure_ascii=False)).
  it('matches the recorded test vector', () => {
    const hash = eventHash(GENESIS_HASH, content);
    expect(hash).toBe('984db3df852e050f671b86d5b7878c73498fadbd77751a1e630b05b3e51328db');
    expect(globalHash(GENESIS_HASH, hash, 1)).toBe('316d7b05bfe0cd49491a3d2957e74c921509c7fb9acf5c258a2228bc10173d40');
  });

  it('changes with every field of the content and with the previous hash', () => {
    const base = eventHash(GENESIS_HASH, content);
    const variants: Partial<EventContent>[] = [
      { petitionId: 43 }, { seq: 2 }, { type: 'accepted' }, { actorKind: 'system' }, { actorUserId: null },
      { actorOrgId: 4 }, { occurredAt: '2026-09-28T02:00:00.001Z' }, { payload: { ...(content.payload as object), b: [1] } }, { public: false },
    ];
    for (const v of variants) expect(eventHash(GENESIS_HASH, { ...content, ...v })).not.toBe(base);
    expect(eventHash('1'.repeat(64), content)).not.toBe(base);
  });

  it('binds the event id into the global chain', () => {
    const hash = eventHash(GENESIS_HASH, content);
    expect(globalHash(GENESIS_HASH, hash, 1)).not.toBe(globalHash(GENESIS_HASH, hash, 2));
  });
});
