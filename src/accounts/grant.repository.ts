import type { Kysely, Selectable } from 'kysely';
import type { DB, RoleGrantTable } from '../platform/database/schema.ts';
import { type Role, roles } from './actor.ts';

type Executor = Kysely<DB>;

export interface GrantRecord {
  id: number;
  userId: number;
  role: Role;
  organizationId: number;
}

const toGrant = (row: Selectable<RoleGrantTable>): GrantRecord => ({
  id: Number(row.id),
  userId: Number(row.user_id),
  role: row.role as Role,
  organizationId: Number(row.organization_id),
});

// A role no longer known to the code grants nothing.
const known = (grant: GrantRecord) => (roles as readonly string[]).includes(grant.role);

export async function insertGrant(db: Executor, grant: Omit<GrantRecord, 'id'>): Promise<GrantRecord> {
  const row = await db
    .insertInto('role_grants')
    .values({ user_id: grant.userId, role: grant.role, organization_id: grant.organizationId })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toGrant(row);
}

export async function findGrant(db: Executor, grant: Omit<GrantRecord, 'id'>): Promise<GrantRecord | undefined> {
  const row = await db
    .selectFrom('role_grants')
    .selectAll()
    .where('user_id', '=', grant.userId)
    .where('role', '=', grant.role)
    .where('organization_id', '=', grant.organizationId)
    .executeTakeFirst();
  return row ? toGrant(row) : undefined;
}

export async function findGrantById(db: Executor, id: number): Promise<GrantRecord | undefined> {
  const row = await db.selectFrom('role_grants').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toGrant(row) : undefined;
}

export async function deleteGrant(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('role_grants').where('id', '=', id).execute();
}

export async function grantsOfUser(db: Executor, userId: number): Promise<GrantRecord[]> {
  const rows = await db.selectFrom('role_grants').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  return rows.map(toGrant).filter(known);
}

export async function grantsOfUsers(db: Executor, userIds: number[]): Promise<Map<number, GrantRecord[]>> {
  const out = new Map<number, GrantRecord[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('role_grants').selectAll().where('user_id', 'in', userIds).orderBy('id').execute();
  for (const grant of rows.map(toGrant).filter(known)) out.get(grant.userId)?.push(grant);
  return out;
}
