/**
 * A chunk builder's own connection to the SQLite file of a demo load. On SQLite the builders
 * write the chunks they placed and chained themselves, one after another in chunk order
 * (demo-relay.ts), so that no row crosses to the main thread: copying the rows there, and
 * collecting them there afterwards, cost as much CPU as writing them (docs/PERFORMANCE.md).
 */
import SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { cachingStatements } from '../platform/database/sqlite-connection.ts';
import { indexBatches } from '../search/index-rows.ts';
import { type InsertBatch, tableBatches } from './demo-rows.ts';
import { type BatchCounts, type ChainPosition, type ChunkResult, countsOf, type PlacedChunk } from './demo-types.ts';

/** How the builders open the file: as the loader set up its own connection (load-demo.ts). */
export interface StoreSetting {
  file: string;
  /** A fresh file loaded without journal file or fsync; otherwise WAL with synchronous=NORMAL. */
  bulk: boolean;
  cacheKiB: number;
}

/** Where the AUTOINCREMENT counters and chain_head stand: where the next chunk must start. */
export const POSITION_SQL = `select
  coalesce((select seq from sqlite_sequence where name = 'petitions'), 0) as petitionBase,
  coalesce((select seq from sqlite_sequence where name = 'documents'), 0) as documentBase,
  coalesce((select seq from sqlite_sequence where name = 'events'), 0) as eventBase,
  (select last_event_id from chain_head where id = 1) as headEventId,
  (select last_hash from chain_head where id = 1) as lastHash`;

export type PositionRow = { petitionBase: number; documentBase: number; eventBase: number; headEventId: number | null; lastHash: string | null };

export function positionOf(row: PositionRow | undefined): ChainPosition {
  if (!row || row.lastHash === null || row.headEventId === null) throw new Error('chain_head has no row: the database was not migrated');
  if (Number(row.headEventId) !== Number(row.eventBase)) throw new Error(`chain_head is at event ${row.headEventId} but the last event id given out is ${row.eventBase}`);
  return { petitionBase: Number(row.petitionBase), documentBase: Number(row.documentBase), eventBase: Number(row.eventBase), lastHash: row.lastHash };
}

const samePosition = (a: ChainPosition, b: ChainPosition) =>
  a.petitionBase === b.petitionBase && a.documentBase === b.documentBase && a.eventBase === b.eventBase && a.lastHash === b.lastHash;

export class ChunkStore {
  private readonly db: SQLite.Database;
  // Full batches share their text; the last of each table's batches varies, hence a bounded cache.
  private readonly statements: SqliteDatabase;

  constructor(setting: StoreSetting) {
    this.db = new SQLite(setting.file);
    // Journal and synchronous settings belong to each connection, not to the file.
    if (setting.bulk) {
      this.db.pragma('journal_mode = MEMORY');
      this.db.pragma('synchronous = OFF');
    } else {
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma(`cache_size = -${setting.cacheKiB}`);
    this.statements = cachingStatements(this.db, 64);
  }

  /**
   * Writes a placed chunk in one transaction, and moves chain_head to its last event. The chunk
   * must start where the database stands — checked inside the transaction, so that a writer that
   * slipped in between (the loader assumes none) fails the load instead of forking the chain.
   */
  write(chunk: Omit<ChunkResult, 'buildMs'>, placed: PlacedChunk): BatchCounts {
    this.db.transaction(() => {
      const at = positionOf(this.statements.prepare(POSITION_SQL).all([])[0] as PositionRow);
      if (!samePosition(at, placed.start)) throw new Error(`demo writer: the database moved on during the load (expected ${JSON.stringify(placed.start)}, found ${JSON.stringify(at)})`);
      const { rows } = chunk;
      this.run(tableBatches('sqlite', 'petitions', [rows.petitions]));
      this.run(tableBatches('sqlite', 'petitioners', [rows.petitioners]));
      this.run(tableBatches('sqlite', 'deadlines', [rows.deadlines]));
      this.run(tableBatches('sqlite', 'documents', [rows.documents]));
      this.run(tableBatches('sqlite', 'petition_links', [placed.links]));
      this.run(indexBatches('sqlite', placed.search));
      this.run(tableBatches('sqlite', 'events', [placed.events]));
      this.statements.prepare('update chain_head set last_event_id = ?, last_hash = ? where id = 1').run([placed.end.eventBase, placed.end.lastHash]);
    }).immediate();
    return countsOf([chunk], placed.eventCount);
  }

  close(): void {
    this.db.close();
  }

  private run(batches: Iterable<InsertBatch>): void {
    for (const b of batches) this.statements.prepare(b.sql).run(b.params);
  }
}
