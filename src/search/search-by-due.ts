import { type Kysely, sql } from 'kysely';
import type { DB } from '../platform/database/schema.ts';
import { applyFilters, type PetitionQuery, type SearchQuery } from './search-filters.ts';

/**
 * The inbox order: the earliest due first, cases without a running clock last, then by id, so
 * that both engines page identically (SQLite and PostgreSQL sort NULLs differently by default).
 */
export async function listByDue(db: Kysely<DB>, q: SearchQuery & { offset: number }): Promise<{ ids: number[]; more: boolean }> {
  const base = db.selectFrom('petitions as p') as unknown as PetitionQuery<object>;
  const rows = await applyFilters(base, q)
    .select('p.id')
    .orderBy(sql`case when p.due_on is null then 1 else 0 end`)
    .orderBy('p.due_on')
    .orderBy('p.id')
    .limit(q.limit + 1)
    .offset(q.offset)
    .execute();
  const ids = rows.map((r) => Number((r as { id: number }).id));
  return { ids: ids.slice(0, q.limit), more: ids.length > q.limit };
}
