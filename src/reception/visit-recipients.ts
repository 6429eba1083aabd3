import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../accounts/actor.ts';
import type { DB } from '../platform/database/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The enabled users holding one of `roles` granted on the organisation itself — its own heads,
 * not everyone above it whose grant happens to cover it.
 */
export async function usersWithRoleOn(db: Db, orgId: number, roles: readonly Role[]): Promise<number[]> {
  const rows = await db
    .selectFrom('role_grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select('u.id')
    .distinct()
    .where('g.organization_id', '=', orgId)
    .where('g.role', 'in', [...roles])
    .where('u.disabled', '=', 0)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => Number(r.id));
}

export async function displayNames(db: Db, ids: readonly number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r.display_name]));
  return ids.map((id) => byId.get(id) ?? String(id));
}
