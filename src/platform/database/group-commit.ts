import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';

interface Job {
  work: (trx: Transaction<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const SAVEPOINT = CompiledQuery.raw('savepoint unit');
const RELEASE = CompiledQuery.raw('release unit');
const ROLLBACK_TO = CompiledQuery.raw('rollback to unit');

/** At most this many units of work share one commit; the rest wait for the next. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite. Every durable commit costs an fsync (about 1 ms here), and SQLite has
 * one writer, so registrations that arrive together share one transaction: each runs inside its
 * own savepoint, so a failing one rolls back alone, and all are answered only after the single
 * COMMIT is on disk — nothing is acknowledged before it is durable. Work queued while a batch
 * commits forms the next batch. On PostgreSQL, which has many writers, each unit is its own
 * transaction.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  constructor(
    private readonly db: Kysely<DB>,
    /** Commits made and units of work they carried, for /metrics. */
    readonly stats: CommitStats = { batches: 0, units: 0 },
  ) {}

  run<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // setImmediate runs after the I/O callbacks of this turn: requests that arrived together
      // have all queued their work by then.
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
      try {
        await this.db.transaction().execute(async (trx) => {
          for (const job of batch) {
            await trx.executeQuery(SAVEPOINT);
            try {
              const value = await job.work(trx);
              await trx.executeQuery(RELEASE);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await trx.executeQuery(ROLLBACK_TO);
              await trx.executeQuery(RELEASE);
              outcomes.push({ ok: false, error });
            }
          }
        });
        this.stats.batches += 1;
        this.stats.units += batch.length;
      } catch (error) {
        // The commit itself failed: nothing of the batch is stored, so nothing is acknowledged.
        for (const job of batch) job.reject(error);
        continue;
      }
      batch.forEach((job, i) => {
        const o = outcomes[i];
        if (o?.ok) job.resolve(o.value);
        else job.reject(o ? o.error : new Error('unit of work did not run'));
      });
      // Let the requests that arrived during this commit queue up before the next batch.
      await new Promise((r) => setImmediate(r));
    }
    this.running = false;
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  /** Resolves once everything queued so far is committed (or refused). */
  idle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }
}

export interface CommitStats { batches: number; units: number }

const batchers = new WeakMap<Database, GroupCommit>();
const statistics = new WeakMap<Database, CommitStats>();

/** Group commits of a database, wherever they run (this thread or the intake writer thread). */
export function commitStatsOf(database: Database): CommitStats {
  let stats = statistics.get(database);
  if (!stats) {
    stats = { batches: 0, units: 0 };
    statistics.set(database, stats);
  }
  return stats;
}

export function groupCommitOf(database: Database): GroupCommit {
  let batcher = batchers.get(database);
  if (!batcher) {
    batcher = new GroupCommit(database.db, commitStatsOf(database));
    batchers.set(database, batcher);
  }
  return batcher;
}

/** Runs `work` in a durable transaction: batched with others on SQLite, alone on PostgreSQL. */
export function writeDurably<T>(database: Database, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return database.dialect === 'postgres' ? database.db.transaction().execute(work) : groupCommitOf(database).run(work);
}
