import type { Worker } from 'node:worker_threads';
import type { Keys } from '../platform/crypto.ts';
import type { Database } from '../platform/database/database.ts';
import { type CommitStats, commitStatsOf } from '../platform/database/group-commit.ts';
import { AppError } from '../platform/errors.ts';
import { projectFile } from '../platform/project-paths.ts';
import { startWorker } from '../platform/worker-threads.ts';
import type { PreparedRegistration, Receipt } from './registration-write.ts';
import type { WriterError, WriterReply, WriterRequest } from './intake-writer.worker.ts';

/** The thread stops after this long without a registration, and gives its memory back. */
const IDLE_MS = 30_000;

interface Waiter { resolve(r: Receipt): void; reject(e: unknown): void }

/**
 * The intake writer thread (SQLite). better-sqlite3 is synchronous, so every statement and the
 * commit's fsync would stop the server's event loop; registrations arrive ready to write
 * (checked, sealed, segmented on this thread) and a worker with its own connection writes them
 * with group commit. The server's thread meanwhile parses and prepares the next ones, and the two
 * share the two cores. Nothing is answered before the worker reports its commit durable.
 *
 * The thread costs about 27 MiB, so it runs only while registrations arrive: it starts with the
 * first and stops when none came for IDLE_MS.
 */
export class IntakeWriter {
  private thread: WriterThread | null = null;
  private idle: NodeJS.Timeout | null = null;
  private readonly closing = new Set<Promise<void>>();
  /** How long the thread waits for the next registration before it stops. */
  idleMs = IDLE_MS;

  constructor(private readonly file: string, private readonly keys: Keys, private readonly stats: CommitStats) {}

  register(prepared: PreparedRegistration): Promise<Receipt> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (!this.thread || this.thread.failure) this.thread = new WriterThread(this.file, this.keys, this.stats);
    const thread = this.thread;
    return thread.register(prepared).finally(() => {
      if (thread === this.thread && thread.busy === 0) this.idle = setTimeout(() => this.stop(), this.idleMs).unref();
    });
  }

  /** Whether the thread is running now. */
  get running(): boolean {
    return this.thread !== null;
  }

  /** Finishes what was sent, then closes the thread's connection. */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.stop();
    await Promise.all(this.closing);
  }

  private stop(): void {
    const thread = this.thread;
    this.thread = null;
    if (!thread) return;
    const closed = thread.close().finally(() => this.closing.delete(closed));
    this.closing.add(closed);
  }
}

class WriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 1;
  failure: Error | null = null;

  constructor(file: string, keys: Keys, private readonly stats: CommitStats) {
    // A small young generation: the thread keeps little alive between batches, and the default
    // let the server peak 11 MiB higher during intake (docs/PERFORMANCE.md).
    this.worker = startWorker(projectFile('src/petitions/intake-writer.worker.ts'), { workerData: { file, keys }, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    // Held only while a registration is on its way, so that an idle thread never keeps a process alive.
    this.worker.unref();
    this.worker.on('message', (reply: WriterReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the intake writer thread stopped (exit code ${code})`)));
  }

  get busy(): number {
    return this.waiting.size;
  }

  register(prepared: PreparedRegistration): Promise<Receipt> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise<Receipt>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, prepared } satisfies WriterRequest);
    });
  }

  async close(): Promise<void> {
    if (this.failure) return;
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    this.worker.postMessage({ close: true } satisfies WriterRequest);
    await exited;
  }

  private settle(reply: WriterReply): void {
    this.stats.batches += reply.committed.batches;
    this.stats.units += reply.committed.units;
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (reply.ok) waiter.resolve(reply.receipt);
    else waiter.reject(revive(reply.error));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    // Not answered means not known to be committed: each is refused, and a retry with the same
    // idempotency key finds the petition if its commit did land.
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }
}

function revive(e: WriterError): Error {
  if (e.app) return new AppError(e.app.kind, e.app.code, e.app.text, e.app.details);
  return Object.assign(new Error(e.message), { code: e.code });
}

const writers = new WeakMap<Database, IntakeWriter>();

/** The database's intake writer; none for PostgreSQL (many writers) or an in-memory file. */
export function intakeWriterOf(database: Database, keys: Keys): IntakeWriter | null {
  if (database.dialect !== 'sqlite' || !database.file) return null;
  let writer = writers.get(database);
  if (!writer) {
    const created = new IntakeWriter(database.file, keys, commitStatsOf(database));
    database.atClose(() => created.close());
    writers.set(database, created);
    writer = created;
  }
  return writer;
}
