import { describe, expect, it } from 'vitest';
import { createRandom, weightedPicker } from './random.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
  });

  it('next() stays in [0, 1) and is roughly uniform', () => {
    const rng = createRandom(1);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('int() covers both ends and nothing outside', () => {
    const rng = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(rng.int(3, 8));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8]);
    expect(rng.int(5, 5)).toBe(5);
    expect(() => rng.int(2, 1)).toThrow(RangeError);
  });

  it('pick() draws every element and refuses an empty array', () => {
    const rng = createRandom(9);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(rng.pick(['a', 'b', 'c']));
    expect(seen.size).toBe(3);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('weighted() and weightedPicker() follow the weights', () => {
    const rng = createRandom(11);
    const pairs = [['x', 1], ['y', 3], ['z', 0]] as const;
    const picker = weightedPicker(pairs);
    let y1 = 0;
    let y2 = 0;
    let z = 0;
    for (let i = 0; i < 40_000; i++) {
      const v1 = rng.weighted(pairs);
      const v2 = picker(rng);
      if (v1 === 'z' || v2 === 'z') z++;
      if (v1 === 'y') y1++;
      if (v2 === 'y') y2++;
    }
    expect(z).toBe(0);
    expect(y1 / 40_000).toBeCloseTo(0.75, 1);
    expect(y2 / 40_000).toBeCloseTo(0.75, 1);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);
  });

  it('chance() matches its probability', () => {
    const rng = createRandom(13);
    let hits = 0;
    for (let i = 0; i < 50_000; i++) if (rng.chance(0.2)) hits++;
    expect(hits / 50_000).toBeCloseTo(0.2, 1);
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });
});
