import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';

// Apart from the segmenter, so that writers given tokens (the intake writer thread, the demo
// loader) do not load the jieba dictionary.

const indexInserts = new Map<string, string>();

/** The multi-row insert of `rows` entries, as text: built once per size, so full batches share one prepared statement. */
function indexInsertText(dialect: DialectName, rows: number): string {
  const key = `${dialect}:${rows}`;
  let text = indexInserts.get(key);
  if (text === undefined) {
    const tuples = Array.from({ length: rows }, (_, i) => (dialect === 'sqlite' ? '(?,?)' : `($${2 * i + 1},$${2 * i + 2})`)).join(',');
    // contentless_delete=1 lets FTS5 replace a row by rowid without its old text. PostgreSQL's insert
    // trigger turns the tokens into the document (migration 2026-11-23-0005-search-facets).
    text = dialect === 'sqlite' ? `insert or replace into petition_search (rowid, tokens) values ${tuples}`
      : `insert into petition_search (petition_id, tokens) values ${tuples} on conflict (petition_id) do update set document = excluded.document`;
    indexInserts.set(key, text);
  }
  return text;
}

/** The multi-row inserts that write `entries` to the index, 500 to a statement. */
export function* indexBatches(dialect: DialectName, entries: readonly { petitionId: number; tokens: string }[]): Generator<{ sql: string; params: unknown[] }> {
  for (let i = 0; i < entries.length; i += 500) {
    const slice = entries.slice(i, i + 500);
    const params: unknown[] = [];
    for (const e of slice) params.push(e.petitionId, e.tokens);
    yield { sql: indexInsertText(dialect, slice.length), params };
  }
}

/**
 * The write half of indexPetitions, for loaders that segment elsewhere (the demo loader does it
 * in worker threads): `tokens` must be what tokensForIndex gives for the petition's text.
 */
export async function writeIndexTokens(trx: Kysely<DB>, dialect: DialectName, entries: readonly { petitionId: number; tokens: string }[]): Promise<void> {
  for (const b of indexBatches(dialect, entries)) await trx.executeQuery(CompiledQuery.raw(b.sql, b.params));
}
