/**
 * The relay that lets the chunk builders give every row its final id and chain every event
 * (SQLite): chunk i needs the document and event ids and the global chain head that chunks before
 * it end at. Each builder publishes, for the chunk after its own, first the id bases (as soon as
 * it knows how many documents and events it made) and then the global head (once its events are
 * chained), in shared memory; the builder of the next chunk waits for them. Builders also write
 * their chunks themselves, one after the other in chunk order: each marks the slot after its own
 * once its chunk is committed. Chunks are handed to the builders in order and each builder takes
 * its chunks in order, so the wait always ends.
 *
 * Slot i holds what chunk i starts after: its document and event id bases, the hash of the last
 * event before it, and whether the chunks before it are written. Slot 0 is filled by the loader
 * from the database.
 */

const SLOT_BYTES = 96;
const STATE = 0; // Int32 index within the slot: 0 empty, 1 bases, 2 bases and head, 3 written too, -1 failed
const DOC_BASE = 1; // Float64 index within the slot
const EVENT_BASE = 2;
const HASH_OFFSET = 24; // 64 ASCII bytes: the hex hash
const WAIT_MS = 1_000;

export interface RelayStart {
  documentBase: number;
  eventBase: number;
  lastHash: string;
}

export interface Bases {
  documentBase: number;
  eventBase: number;
}

export class ChainRelay {
  private readonly states: Int32Array;
  private readonly numbers: Float64Array;
  private readonly bytes: Uint8Array;
  /** Time this thread has spent waiting for the chunks before, ms. */
  waitedMs = 0;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.states = new Int32Array(buffer);
    this.numbers = new Float64Array(buffer);
    this.bytes = new Uint8Array(buffer);
  }

  /** A relay for `chunks` chunks, slot 0 filled with where the database stands now. */
  static create(chunks: number, start: RelayStart): ChainRelay {
    const relay = new ChainRelay(new SharedArrayBuffer(SLOT_BYTES * (chunks + 1)));
    relay.publishBases(0, start);
    relay.publishHead(0, start.lastHash);
    relay.publishWritten(0);
    return relay;
  }

  get chunks(): number {
    return this.buffer.byteLength / SLOT_BYTES - 1;
  }

  private state(slot: number): number {
    return Atomics.load(this.states, (slot * SLOT_BYTES) / 4 + STATE);
  }

  private setState(slot: number, value: number): void {
    Atomics.store(this.states, (slot * SLOT_BYTES) / 4 + STATE, value);
    Atomics.notify(this.states, (slot * SLOT_BYTES) / 4 + STATE);
  }

  /** Blocks until slot `slot` reaches `wanted`; throws if a builder failed or the load was abandoned. */
  private await(slot: number, wanted: number): void {
    const index = (slot * SLOT_BYTES) / 4 + STATE;
    let since: number | undefined;
    for (;;) {
      const s = Atomics.load(this.states, index);
      if (s < 0) throw new Error('demo load abandoned: an earlier chunk failed');
      if (s >= wanted) break;
      since ??= performance.now();
      Atomics.wait(this.states, index, s, WAIT_MS);
    }
    if (since !== undefined) this.waitedMs += performance.now() - since;
  }

  awaitBases(slot: number): Bases {
    this.await(slot, 1);
    const at = (slot * SLOT_BYTES) / 8;
    return { documentBase: this.numbers[at + DOC_BASE] as number, eventBase: this.numbers[at + EVENT_BASE] as number };
  }

  publishBases(slot: number, bases: Bases): void {
    const at = (slot * SLOT_BYTES) / 8;
    this.numbers[at + DOC_BASE] = bases.documentBase;
    this.numbers[at + EVENT_BASE] = bases.eventBase;
    this.setState(slot, 1);
  }

  awaitHead(slot: number): string {
    this.await(slot, 2);
    const from = slot * SLOT_BYTES + HASH_OFFSET;
    return Buffer.from(this.bytes.subarray(from, from + 64)).toString('latin1');
  }

  publishHead(slot: number, hash: string): void {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`demo relay: not a hash: ${hash}`);
    this.bytes.set(Buffer.from(hash, 'latin1'), slot * SLOT_BYTES + HASH_OFFSET);
    this.setState(slot, 2);
  }

  /** Blocks until the chunks before chunk `slot` are all written. */
  awaitWritten(slot: number): void {
    this.await(slot, 3);
  }

  publishWritten(slot: number): void {
    this.setState(slot, 3);
  }

  /** Marks every slot from `slot` on failed, so no builder waits for chunks that will never come. */
  fail(slot = 0): void {
    for (let s = slot; s <= this.chunks; s++) this.setState(s, -1);
  }
}
