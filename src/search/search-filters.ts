import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { LocalDate } from '../calendar/index.ts';
import { steps } from '../petitions/procedure.types.ts';
import type { DB, PetitionTable } from '../platform/database/schema.ts';

/** Where a page ends: the next page holds petitions registered strictly before it. */
export interface SearchCursor {
  registeredAt: string;
  id: number;
}

/**
 * A search of petitions, newest first. Every given filter must hold; an empty list matches no
 * petition (an empty scope must never widen to everything). Without `text` it lists by filters.
 */
export interface SearchQuery {
  text?: string | undefined;
  step?: readonly string[] | undefined;
  /** Holder organisations, already resolved (e.g. the caller's subtree). */
  holderOrgIds?: readonly number[] | undefined;
  /** Or: holders anywhere under this organisation path ('/1/4/'), resolved in SQL. */
  holderPath?: string | undefined;
  category?: readonly string[] | undefined;
  channel?: readonly string[] | undefined;
  /** Open petitions whose current due date is before this date. */
  overdueOn?: LocalDate | undefined;
  /** Registered at or after this instant (ISO-8601 UTC). */
  registeredFrom?: string | undefined;
  /** Registered strictly before this instant. */
  registeredTo?: string | undefined;
  limit: number;
  offset?: number | undefined;
  /** Continue after this position (keyset paging; cheaper than a large offset). */
  cursor?: SearchCursor | undefined;
}

type PDB = DB & { p: PetitionTable };
export type PetitionQuery<O> = SelectQueryBuilder<PDB, 'p', O>;

const PATH = /^(\/\d+)+\/$/;

/** Throws unless `path` is an organisation path ('/1/4/'). */
export function checkHolderPath(path: string): void {
  if (!PATH.test(path)) throw new RangeError(`not an organisation path: ${path}`);
}

// Listing the open steps, rather than step <> 'closed', lets both engines read the overdue
// petitions straight from the (step, due_on) index.
export const OPEN_STEPS = steps.filter((s) => s !== 'closed');

/** True when the query has any condition besides text (and paging). */
export function hasFilters(q: SearchQuery): boolean {
  return [q.step, q.holderOrgIds, q.holderPath, q.category, q.channel, q.overdueOn, q.registeredFrom, q.registeredTo]
    .some((f) => f !== undefined);
}

/** The filters of `q` (not text, not paging) applied to a query over `petitions as p`. */
export function applyFilters<O>(qb: PetitionQuery<O>, q: SearchQuery): PetitionQuery<O> {
  const lists = [
    ['p.step', q.step],
    ['p.holder_org_id', q.holderOrgIds],
    ['p.category', q.category],
    ['p.channel', q.channel],
  ] as const;
  for (const [column, values] of lists) {
    if (values === undefined) continue;
    qb = values.length === 0 ? qb.where(sql.lit(false)) : qb.where(column, 'in', values as readonly (string | number)[]);
  }
  if (q.holderPath !== undefined) {
    checkHolderPath(q.holderPath);
    const prefix = `${q.holderPath}%`;
    qb = qb.where('p.holder_org_id', 'in', (eb: ExpressionBuilder<PDB, 'p'>) =>
      eb.selectFrom('organizations').select('organizations.id').where('organizations.path', 'like', prefix));
  }
  if (q.overdueOn !== undefined) qb = qb.where('p.step', 'in', OPEN_STEPS).where('p.due_on', '<', q.overdueOn);
  if (q.registeredFrom !== undefined) qb = qb.where('p.registered_at', '>=', q.registeredFrom);
  if (q.registeredTo !== undefined) qb = qb.where('p.registered_at', '<', q.registeredTo);
  return qb;
}

/** Keyset condition: strictly after the cursor in (registered_at desc, id desc) order. */
export function applyCursor<O>(qb: PetitionQuery<O>, cursor: SearchCursor | undefined): PetitionQuery<O> {
  if (!cursor) return qb;
  return qb.where((eb) =>
    eb.or([
      eb('p.registered_at', '<', cursor.registeredAt),
      eb.and([eb('p.registered_at', '=', cursor.registeredAt), eb('p.id', '<', cursor.id)]),
    ]));
}
