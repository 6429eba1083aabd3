// COPY … FROM STDIN with the `pg` client alone (no pg-copy-streams): a submittable query that
// answers the server's CopyInResponse with the given data, then CopyDone.
import type pg from 'pg';

type Connection = { query(text: string): void; sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void };

class CopyIn {
  callback: ((error: Error | null) => void) | undefined;
  private error: Error | null = null;
  constructor(
    readonly text: string,
    private readonly data: Buffer,
  ) {}
  submit(connection: Connection) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: Connection) {
    connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }
  handleError(error: Error) {
    this.error = error;
  }
  handleReadyForQuery() {
    this.callback?.(this.error);
  }
  handleCommandComplete() {}
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handleCopyData() {}
  handlePortalSuspended() {}
}

/** One COPY statement carrying `data`, text format. Queued on the client like any query. */
export function copyIn(client: pg.Client, text: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const q = new CopyIn(text, data);
    q.callback = (error) => (error ? reject(error) : resolve());
    client.query(q as unknown as pg.QueryConfig);
  });
}

/** A value as a field of COPY's text format. */
export function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return String(v).replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}
