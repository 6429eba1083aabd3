// Bulk appending for loaders (demo data, imports): the same chain as appendEvents, written in
// large batches inside one long transaction instead of a few round trips per event.
import type { Kysely } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import { type ChainLink, type GlobalHead, linkEvents } from './chain-link.ts';
import { idAllocator, insertEventRows, lastPetitionWithEvents, lockGlobalHead, readPetitionHeads, writeGlobalHead } from './chain-store.ts';
import type { NewEvent } from './event-log.ts';

export interface ChainWriterOptions {
  /** Events hashed and inserted together; the buffer is written once it holds this many. */
  batchSize?: number;
  /**
   * Petition heads kept in memory between batches. Past this the map is dropped after a write
   * and heads are read back from the table (the transaction sees its own rows), so a loader of a
   * million petitions in one transaction stays within bounded memory.
   */
  maxCachedHeads?: number;
}

/**
 * Usage: `const w = await ChainWriter.open(trx, dialect); await w.append(events) …; await w.flush();`
 * — flush before commit, or chain_head is left behind the events (and verify says so).
 * The global head stays locked (PostgreSQL) until the transaction ends: other appenders wait.
 */
export class ChainWriter {
  private buffer: NewEvent[] = [];
  private heads = new Map<number, ChainLink>();
  private count = 0;

  private constructor(
    private readonly trx: Kysely<DB>,
    private readonly dialect: DialectName,
    private global: GlobalHead,
    /** No petition above this id has events outside `heads`, so none above it is looked up. */
    private emptyAbove: number,
    private readonly nextIds: (count: number) => Promise<number[]>,
    private readonly batchSize: number,
    private readonly maxCachedHeads: number,
  ) {}

  /** Reads (and on PostgreSQL locks) the global head once, for the writer's whole life. */
  static async open(trx: Kysely<DB>, dialect: DialectName, options: ChainWriterOptions = {}): Promise<ChainWriter> {
    if (!trx.isTransaction) throw new Error('ChainWriter must run inside a transaction');
    const global = await lockGlobalHead(trx, dialect);
    const emptyAbove = await lastPetitionWithEvents(trx);
    return new ChainWriter(trx, dialect, global, emptyAbove, idAllocator(trx, dialect), options.batchSize ?? 5000, options.maxCachedHeads ?? 200_000);
  }

  /** Events written to the table so far (buffered ones not included). */
  get written(): number {
    return this.count;
  }

  async append(events: NewEvent[]): Promise<void> {
    for (const event of events) this.buffer.push(event);
    if (this.buffer.length >= this.batchSize) await this.writeBuffer();
  }

  /** Writes what is buffered and moves chain_head to the last event written. */
  async flush(): Promise<void> {
    await this.writeBuffer();
    await writeGlobalHead(this.trx, this.dialect, this.global);
  }

  private async writeBuffer(): Promise<void> {
    if (this.buffer.length === 0) return;
    const events = this.buffer;
    this.buffer = [];
    // Only petitions first met here and old enough to have a history are looked up: a loader
    // creating petitions as it goes never waits on a lookup.
    const unseen = [...new Set(events.map((e) => e.petitionId))].filter((id) => id <= this.emptyAbove && !this.heads.has(id));
    if (unseen.length > 0) for (const [id, link] of await readPetitionHeads(this.trx, this.dialect, unseen)) this.heads.set(id, link);
    const linked = linkEvents(events, await this.nextIds(events.length), this.heads, this.global);
    await insertEventRows(this.trx, this.dialect, linked.rows);
    this.global = linked.global;
    this.count += events.length;
    if (this.heads.size > this.maxCachedHeads) {
      // Forgotten heads are read back from the table, so everything written counts as history.
      for (const id of this.heads.keys()) if (id > this.emptyAbove) this.emptyAbove = id;
      this.heads.clear();
    }
  }
}
