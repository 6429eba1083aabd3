import os from 'node:os';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { projectFile } from '../project-paths.ts';
import { WorkerPool } from '../worker-threads.ts';
import type { ReadRequest } from './read-worker.ts';
import type { DB } from './schema.ts';

/** Reader threads beside the server's: one core is left for the server and the intake writer. */
export const readThreads = () => Math.min(4, Math.max(1, os.availableParallelism() - 1));

/**
 * A Kysely for reads that can take long (the inbox, its counts, searches) on an SQLite file: each
 * query runs on one of `threads` reader threads with a read-only connection of its own, so that a
 * supervisor counting a million cases does not hold up the requests behind it on the server's
 * thread. WAL lets them read beside the writers; each read sees every commit made before it began.
 * Reads only: a transaction or a write is refused. The threads start on the first query.
 */
export function openReadPool(file: string, options: { threads?: number; cacheKiB?: number } = {}): Kysely<DB> {
  const driver = new ReadPoolDriver(file, options.threads ?? readThreads(), options.cacheKiB ?? 8_192);
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => driver,
      createQueryCompiler: () => new SqliteQueryCompiler(),
      createIntrospector: (db) => new SqliteIntrospector(db),
    },
  });
}

class ReadPoolDriver implements Driver {
  private pool: WorkerPool<ReadRequest, unknown[]> | null = null;
  private readonly connection: DatabaseConnection;

  constructor(
    private readonly file: string,
    private readonly threads: number,
    private readonly cacheKiB: number,
  ) {
    this.connection = {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        // Readers that died (out of memory, say) are replaced for the queries after.
        if (this.pool?.broken) {
          void this.pool.close();
          this.pool = null;
        }
        if (!this.pool) {
          this.pool = new WorkerPool(projectFile('src/platform/database/read-worker.ts'), this.threads, 'reader', {
            workerData: { file: this.file, cacheKiB: this.cacheKiB },
            resourceLimits: { maxYoungGenerationSizeMb: 4 },
          });
        }
        const rows = await this.pool.ask({ sql: query.sql, parameters: query.parameters });
        return { rows: rows.map(withBuffers) as R[] };
      },
      streamQuery: () => {
        throw new Error('the read pool does not stream');
      },
    };
  }

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error('the read pool runs single reads, not transactions');
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}

/** Blobs come back from a thread as plain Uint8Arrays; the code reading rows expects Buffers, as from better-sqlite3. */
function withBuffers(row: unknown): unknown {
  const r = row as Record<string, unknown>;
  for (const key in r) {
    const v = r[key];
    if (v instanceof Uint8Array && !Buffer.isBuffer(v)) r[key] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  }
  return r;
}
