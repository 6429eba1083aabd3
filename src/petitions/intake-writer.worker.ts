// The intake writer thread's side (see intake-writer.ts): its own connection to the SQLite file,
// group commit over the registrations the server sends.
import { parentPort, workerData } from 'node:worker_threads';
import { Kysely, SqliteDialect } from 'kysely';
import type { Keys } from '../platform/crypto.ts';
import { cachingStatements, openSqliteConnection } from '../platform/database/sqlite-connection.ts';
import { type CommitStats, GroupCommit } from '../platform/database/group-commit.ts';
import type { DB } from '../platform/database/schema.ts';
import { AppError, type ErrorKind, type Message } from '../platform/errors.ts';
import { type PreparedRegistration, type Receipt, writeRegistration } from './registration-write.ts';

export type WriterRequest = { id: number; prepared: PreparedRegistration } | { close: true };
/** An error as it crosses back: an AppError whole, anything else by message and code. */
export interface WriterError { message: string; code?: string | undefined; app?: { kind: ErrorKind; code: string; text: Message; details?: unknown } }
/** `committed`: the commits and units since the previous reply, for /metrics. */
export type WriterReply = { id: number; committed: CommitStats } & ({ ok: true; receipt: Receipt } | { ok: false; error: WriterError });

const port = parentPort;
if (!port) throw new Error('intake-writer.worker.ts runs as a worker thread');
const data = workerData as { file: string; keys: Record<keyof Keys, Uint8Array> };
// Buffers arrive as plain Uint8Arrays.
const keys: Keys = { encryption: Buffer.from(data.keys.encryption), digest: Buffer.from(data.keys.digest), token: Buffer.from(data.keys.token) };
// A small page cache: this connection only appends; the server's own connection does the reading.
const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingStatements(openSqliteConnection(data.file, 4_096)) }) });
const commits = new GroupCommit(db);

port.on('message', (request: WriterRequest) => {
  if ('close' in request) {
    void commits.idle().then(() => db.destroy()).then(() => port.close());
    return;
  }
  commits.run((trx) => writeRegistration(trx, 'sqlite', keys, request.prepared)).then(
    (receipt) => port.postMessage({ id: request.id, committed: reported(), ok: true, receipt } satisfies WriterReply),
    (error: unknown) => port.postMessage({ id: request.id, committed: reported(), ok: false, error: describe(error) } satisfies WriterReply),
  );
});

let told: CommitStats = { batches: 0, units: 0 };
function reported(): CommitStats {
  const now = { ...commits.stats };
  const since = { batches: now.batches - told.batches, units: now.units - told.units };
  told = now;
  return since;
}

function describe(error: unknown): WriterError {
  if (error instanceof AppError) return { message: error.message, app: { kind: error.kind, code: error.code, text: error.text, details: error.details } };
  const e = error as { message?: string; code?: string };
  return { message: e?.message ?? String(error), code: e?.code };
}
