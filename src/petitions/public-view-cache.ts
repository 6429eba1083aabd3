import type { Database } from '../platform/database/database.ts';

/**
 * Serialised public views, so that a petitioner checking their case again (or many checking at
 * once) costs one indexed read, not the view's four. An entry is used only while its stamp still
 * matches: the case's last event, row version and update time (every change to what the view shows
 * is an event), the day (days left, windows still open), and the organisation names it was built
 * with. Bounded by the characters it holds; the least recently used entries go first.
 */
export class PublicViewCache {
  private readonly entries = new Map<string, { stamp: string; json: string }>();
  private chars = 0;

  constructor(private readonly maxChars = 4_000_000) {}

  get(key: string, stamp: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.stamp !== stamp) {
      this.remove(key);
      return undefined;
    }
    // Most recently used last, so the first key is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  set(key: string, stamp: string, json: string): void {
    this.remove(key);
    if (json.length > this.maxChars / 4) return;
    this.entries.set(key, { stamp, json });
    this.chars += json.length;
    for (const [oldest] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.remove(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.chars -= entry.json.length;
  }
}

const caches = new WeakMap<Database, PublicViewCache>();

/** The database's cache: one per server process. */
export function publicViewCacheOf(database: Database): PublicViewCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new PublicViewCache();
    caches.set(database, cache);
  }
  return cache;
}

const versions = new WeakMap<object, number>();
let lastVersion = 0;

/** A number for each object seen (an organisation tree as loaded): a new tree, a new number. */
export function versionOf(snapshot: object): number {
  let version = versions.get(snapshot);
  if (version === undefined) {
    version = ++lastVersion;
    versions.set(snapshot, version);
  }
  return version;
}
