import { type Kysely, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyCursor, applyFilters, type PetitionQuery, type SearchQuery } from './search-filters.ts';

// Building blocks shared by the plans of both dialects: a page of petitions in the search order,
// and a capped count.

/**
 * Counts stop here. Counting costs a read per match (PostgreSQL even visits the heap for each),
 * so past a thousand `total` is null and screens show "1,000+".
 */
export const TOTAL_CAP = 1000;

export interface PageRow {
  id: number;
  registered_at: string;
}

/** A plan's answer: the rows of the page (and a few more), and how to count all if asked. */
export interface Plan {
  rows: PageRow[];
  count: () => Promise<number | null>;
}

export type Where = Parameters<PetitionQuery<object>['where']>[0];

/** The first `need` petitions after the cursor, passing the filters and `where`, newest first. */
export function newest(db: Kysely<DB>, q: SearchQuery, where: Where | undefined, need: number) {
  let qb = applyCursor(applyFilters(db.selectFrom('petitions as p'), q), q.cursor);
  if (where) qb = qb.where(where);
  // Overdue petitions are few and old, and open steps are mostly recent: taking the filters as
  // independent, both planners would walk all petitions by date to find them. Ordering by an
  // expression hides the date index, so they read them from (step, due_on) and sort the few.
  const byDate = q.overdueOn !== undefined ? sql<string>`p.registered_at || ''` : sql<string>`p.registered_at`;
  return qb.select(['p.id', 'p.registered_at']).orderBy(byDate, 'desc').orderBy('p.id', 'desc').limit(need);
}

/** How many petitions pass the filters and `where`, or null past TOTAL_CAP. */
export async function countCapped(db: Kysely<DB>, q: SearchQuery, where: Where | undefined): Promise<number | null> {
  let qb = applyFilters(db.selectFrom('petitions as p'), q);
  if (where) qb = qb.where(where);
  const capped = qb.select('p.id').limit(TOTAL_CAP + 1);
  const row = await db.selectFrom(capped.as('c')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  const n = Number(row?.n ?? 0);
  return n > TOTAL_CAP ? null : n;
}

/** Search order: registered_at desc, then id desc. */
export const newestFirst = (a: PageRow, b: PageRow) =>
  a.registered_at < b.registered_at ? 1 : a.registered_at > b.registered_at ? -1 : Number(b.id) - Number(a.id);
