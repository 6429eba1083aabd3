/**
 * The SQL of the demo writer: ids reserved from each table's own allocator, and rows inserted as
 * flat parameter lists into statements built once per size.
 */
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { DB } from '../platform/database/schema.ts';
import type { PackedTable } from './demo-types.ts';

export type Table = 'petitions' | 'documents';

/**
 * Ids for `count` new rows, ascending. SQLite: after the AUTOINCREMENT counter, which the explicit
 * ids then advance (one writer per database, so nobody else takes them meanwhile); PostgreSQL:
 * from the table's sequence, as a concurrent writer would get them.
 */
export async function reserveIds(trx: Kysely<DB>, dialect: DialectName, table: Table, count: number): Promise<number[]> {
  if (count === 0) return [];
  if (dialect === 'postgres') {
    const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence(${table}, 'id')) as id from generate_series(1, ${count})`.execute(trx);
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }
  const { rows } = await sql<{ seq: number }>`select coalesce((select seq from sqlite_sequence where name = ${table}), 0) as seq`.execute(trx);
  const last = Number(rows[0]?.seq ?? 0);
  return Array.from({ length: count }, (_, i) => last + i + 1);
}

// Every column a demo row fills, in a fixed order, so rows go to the database as flat parameter
// lists in statements compiled once: for a million petitions the query builder's work per value
// is a large share of the main thread, which is the bottleneck of the load.
const COLUMNS = {
  petitions: [
    'id', 'receipt_no', 'query_code_hash', 'channel', 'category', 'classification', 'title', 'request', 'content', 'respondent_text',
    'respondent_org_id', 'place_division_code', 'place_address', 'signer_count', 'anonymous', 'registered_at', 'registered_on',
    'registering_org_id', 'received_by', 'step', 'outcome', 'holder_org_id', 'routing_org_id', 'replying_org_id', 'reviewing_org_id',
    'decision', 'review_result', 'extended', 'evaluation', 'due_on', 'petitioner_digest', 'version', 'updated_at',
  ],
  petitioners: [
    'petition_id', 'ordinal', 'name_enc', 'name_digest', 'name_masked', 'id_number_enc', 'id_number_digest', 'id_number_masked',
    'phone_enc', 'phone_digest', 'phone_masked', 'address_enc', 'address_masked',
  ],
  deadlines: ['petition_id', 'kind', 'holder_org_id', 'start_on', 'due_on', 'explanation', 'provisional', 'closed_at', 'met'],
  documents: [
    'id', 'petition_id', 'kind', 'title', 'body', 'sha256', 'issued_at', 'issued_by_org_id', 'delivered_at', 'delivered_on', 'delivery_method',
  ],
  petition_links: ['petition_id', 'linked_petition_id'],
  // As chain-store.ts inserts them; the builder fills them all (SQLite, see demo-place.ts).
  events: [
    'id', 'petition_id', 'seq', 'type', 'actor_kind', 'actor_user_id', 'actor_org_id', 'occurred_at',
    'payload', 'public', 'prev_hash', 'hash', 'global_prev_hash', 'global_hash',
  ],
} as const satisfies { [T in keyof DB]?: readonly (keyof DB[T] & string)[] };
export type Loaded = keyof typeof COLUMNS;

const statements = new Map<string, string>();

/** `<head> values (…), (…)` for `rows` rows of `width` values, with each dialect's placeholders. */
function insertText(dialect: DialectName, head: string, width: number, rows: number): string {
  const key = `${dialect}:${head}:${rows}`;
  let text = statements.get(key);
  if (text === undefined) {
    let n = 0;
    const tuple = () => `(${Array.from({ length: width }, () => (dialect === 'postgres' ? `$${++n}` : '?')).join(',')})`;
    text = `${head} values ${Array.from({ length: rows }, tuple).join(',')}`;
    statements.set(key, text);
  }
  return text;
}

/** The id columns the writer fills in; the others come from the builder. */
const ID_COLUMNS: Record<PackedTable, string[]> = { petitions: ['id'], petitioners: ['petition_id'], deadlines: ['petition_id'], documents: ['id', 'petition_id'] };

/**
 * Appends `row` to `out` in the column order of `table`, its id columns null (run by the builder).
 * With `check`, refuses a row with a column not listed, whose value would be dropped without a word.
 */
export function packRow(table: PackedTable | 'events', row: object, out: unknown[], check = false): void {
  const cols: readonly string[] = COLUMNS[table];
  const values = row as Record<string, unknown>;
  if (check) {
    for (const key of Object.keys(values)) {
      if (!cols.includes(key) || (table !== 'events' && ID_COLUMNS[table].includes(key))) throw new Error(`demo writer: ${table} has unlisted column ${key}`);
    }
  }
  for (const col of cols) out.push(values[col] ?? null);
}

export const columnCount = (table: Loaded): number => COLUMNS[table].length;

// Under SQLite's 32,766 bound parameters (PostgreSQL allows 65,535), and at most 500 rows.
const rowsPerInsert = (width: number) => Math.min(500, Math.floor(32_000 / width));

/** One multi-row insert: its SQL text (shared by every batch of the same size) and its values. */
export interface InsertBatch {
  sql: string;
  params: unknown[];
}

/**
 * Rows given as flat value lists (several lists, one after the other, e.g. one per chunk) cut
 * into statements of a fixed number of rows, so that the same SQL text — and on SQLite the same
 * prepared statement — serves every full batch; only the last one of a call is shorter.
 */
export function* insertBatches(dialect: DialectName, head: string, width: number, lists: readonly (readonly unknown[])[]): Generator<InsertBatch> {
  const batch = rowsPerInsert(width) * width;
  let params: unknown[] = [];
  for (const list of lists) {
    if (list.length % width !== 0) throw new Error(`demo writer: ${head}: values are not whole rows`);
    let i = 0;
    while (i < list.length) {
      const take = Math.min(batch - params.length, list.length - i);
      if (params.length === 0 && take === batch) params = list.slice(i, i + take);
      else for (let k = i; k < i + take; k++) params.push(list[k]);
      i += take;
      if (params.length === batch) {
        yield { sql: insertText(dialect, head, width, batch / width), params };
        params = [];
      }
    }
  }
  if (params.length > 0) yield { sql: insertText(dialect, head, width, params.length / width), params };
}

/** The batches of insertValues: rows of a loaded table in its column order. */
export const tableBatches = (dialect: DialectName, table: Loaded, lists: readonly (readonly unknown[])[]) =>
  insertBatches(dialect, `insert into ${table} (${COLUMNS[table].join(',')})`, COLUMNS[table].length, lists);

/** Inserts rows of `table` given as flat value lists (see insertBatches). */
export async function insertValues(trx: Kysely<DB>, dialect: DialectName, table: Loaded, lists: readonly (readonly unknown[])[]): Promise<void> {
  for (const b of tableBatches(dialect, table, lists)) await trx.executeQuery(CompiledQuery.raw(b.sql, b.params));
}
