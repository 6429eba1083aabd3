import type { Compilable, CompiledQuery, Insertable, Kysely } from 'kysely';
import type { DialectName } from './database.ts';
import type { DB } from './schema.ts';

const compiledByKey = new Map<string, CompiledQuery>();
/** Shapes are few (a statement per table and row count); the bound only guards against a leak. */
const MAX_SHAPES = 2_000;

/**
 * A statement built and compiled by Kysely once per `key`, then run with fresh parameters. The
 * small statements of a registration cost less to execute in SQLite than to build and compile:
 * a third of the intake writer thread's time went to Kysely's query building (docs/PERFORMANCE.md).
 *
 * `key` names everything the SQL text depends on, the dialect first; `parameters` are the values
 * the statement binds, in the order Kysely binds them. The first compile checks that order against
 * what Kysely itself bound, so a wrong list fails at once instead of writing values into the wrong
 * columns.
 */
export function reused<R>(dialect: DialectName, key: string, parameters: readonly unknown[], build: () => Compilable<R>): CompiledQuery<R> {
  const fullKey = `${dialect}:${key}`;
  const hit = compiledByKey.get(fullKey) as CompiledQuery<R> | undefined;
  if (hit && hit.parameters.length === parameters.length) return { ...hit, parameters };
  const fresh = build().compile();
  if (fresh.parameters.length !== parameters.length || fresh.parameters.some((p, i) => p !== parameters[i])) {
    throw new Error(`reused query ${fullKey}: the parameters given are not the ones the statement binds, in its order`);
  }
  if (compiledByKey.size >= MAX_SHAPES) compiledByKey.clear();
  compiledByKey.set(fullKey, fresh);
  return fresh;
}

/**
 * The shape and parameters of a multi-row insert as Kysely binds them: the columns of the first
 * row in its key order, each row's values in that order. Undefined values are left out, as Kysely
 * leaves them out. Undefined when the rows do not all have the same columns (then build as usual).
 */
export function insertParameters(rows: readonly Record<string, unknown>[]): { shape: string; parameters: unknown[] } | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  const parameters: unknown[] = [];
  for (const row of rows) {
    let defined = 0;
    for (const c in row) if (row[c] !== undefined) defined += 1;
    if (defined !== columns.length) return undefined;
    for (const c of columns) {
      const value = row[c];
      if (value === undefined) return undefined;
      parameters.push(value);
    }
  }
  return { shape: `${columns.join(',')}×${rows.length}`, parameters };
}

/**
 * Inserts `rows` (all with the same columns) through a statement reused per table, columns and
 * row count; with `returning`, gives back those columns of the inserted rows.
 */
export async function insertRows<T extends keyof DB & string>(
  trx: Kysely<DB>,
  dialect: DialectName,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  returning?: 'id',
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const build = (): Compilable<unknown> => {
    // Kysely's types cannot follow a table chosen by a type parameter.
    const insert = trx.insertInto(table).values(rows as never);
    return returning ? insert.returning(returning as never) : insert;
  };
  const insert = insertParameters(rows as readonly Record<string, unknown>[]);
  const query = insert ? reused(dialect, `${table}.insert${returning ? `.returning(${returning})` : ''}:${insert.shape}`, insert.parameters, build) : build().compile();
  return (await trx.executeQuery(query)).rows as Record<string, unknown>[];
}
