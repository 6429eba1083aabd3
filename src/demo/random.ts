/**
 * A small seeded pseudo-random generator (mulberry32) for demo data.
 * Deterministic: the same seed always yields the same sequence. Not for security.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty array, uniformly. */
  pick<T>(xs: readonly T[]): T;
  /** One value, with probability proportional to its (non-negative) weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max < min`);
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(xs: readonly T[]): T => {
    if (xs.length === 0) throw new RangeError('pick from an empty array');
    return xs[Math.floor(next() * xs.length)] as T;
  };

  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, w] of pairs) total += w;
    if (pairs.length === 0 || !(total > 0)) throw new RangeError('weighted needs a positive total weight');
    let r = next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return (pairs[pairs.length - 1] as readonly [T, number])[0];
  };

  const chance = (p: number): boolean => next() < p;

  return { next, int, pick, weighted, chance };
}

/**
 * A picker over fixed weights, with the cumulative sums computed once (for hot paths).
 * Draws one `next()` per call, like `weighted`.
 */
export function weightedPicker<T>(pairs: readonly (readonly [T, number])[]): (rng: Random) => T {
  const values = pairs.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of pairs) cumulative.push((total += w));
  if (values.length === 0 || !(total > 0)) throw new RangeError('weightedPicker needs a positive total weight');
  const last = values[values.length - 1] as T;
  return (rng) => {
    const r = rng.next() * total;
    for (let i = 0; i < cumulative.length; i++) {
      if (r < (cumulative[i] as number)) return values[i] as T;
    }
    return last;
  };
}
