// A reader thread of the read pool (read-pool.ts): its own read-only connection to the SQLite
// file, answering one compiled read per message with its rows.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { replyOf } from '../worker-reply.ts';
import { cachingStatements } from './sqlite-connection.ts';

export interface ReadRequest {
  sql: string;
  parameters: readonly unknown[];
}

const { file, cacheKiB } = workerData as { file: string; cacheKiB: number };
const native = new SQLite(file, { readonly: true });
native.pragma('busy_timeout = 5000');
native.pragma(`cache_size = -${cacheKiB}`);
const statements = cachingStatements(native);

// A Buffer arrives as a plain Uint8Array, which better-sqlite3 does not bind as a blob.
const bindable = (v: unknown) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v);

parentPort?.on('message', (request: ReadRequest) => {
  parentPort?.postMessage(
    replyOf(() => {
      const statement = statements.prepare(request.sql);
      if (!statement.reader) throw new Error('the read pool runs reads only');
      return statement.all(request.parameters.map(bindable));
    }),
  );
});
