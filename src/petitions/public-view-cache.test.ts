import { describe, expect, it } from 'vitest';
import { PublicViewCache } from './public-view-cache.ts';

describe('PublicViewCache', () => {
  it('answers only while the stamp matches, and forgets a stale entry', () => {
    const cache = new PublicViewCache();
    cache.set('1:zh', 'head 3', '{"step":"handling"}');
    expect(cache.get('1:zh', 'head 3')).toBe('{"step":"handling"}');
    expect(cache.get('1:zh', 'head 4')).toBeUndefined();
    expect(cache.get('1:zh', 'head 3')).toBeUndefined();
    expect(cache.get('1:en', 'head 3')).toBeUndefined();
  });

  it('stays within its size, dropping the least recently used first', () => {
    const cache = new PublicViewCache(90);
    cache.set('a', 's', 'x'.repeat(20));
    cache.set('b', 's', 'x'.repeat(20));
    cache.set('c', 's', 'x'.repeat(20));
    cache.get('a', 's');
    cache.set('d', 's', 'x'.repeat(20));
    cache.set('e', 's', 'x'.repeat(20));
    expect(cache.get('b', 's')).toBeUndefined();
    expect(cache.get('a', 's')).toBeDefined();
    expect(cache.size).toBe(4);
    // Too large to be worth holding.
    cache.set('f', 's', 'x'.repeat(60));
    expect(cache.get('f', 's')).toBeUndefined();
  });
});
