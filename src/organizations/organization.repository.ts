import type { Kysely, Selectable } from 'kysely';
import type { DB, OrganizationTable } from '../platform/database/schema.ts';
import { type Organization, type OrganizationKind, childPath } from './organization.ts';

// All SQL about organisations. Every function takes the executor (the database or an open
// transaction), so use cases decide the transaction boundaries.
type Executor = Kysely<DB>;

const toOrganization = (row: Selectable<OrganizationTable>): Organization => ({
  id: Number(row.id),
  parentId: row.parent_id === null ? null : Number(row.parent_id),
  name: row.name,
  kind: row.kind as OrganizationKind,
  divisionCode: row.division_code,
  path: row.path,
  createdAt: row.created_at,
  reviewingOrgId: row.reviewing_org_id === null ? null : Number(row.reviewing_org_id),
});

export interface NewOrganization {
  parent: Pick<Organization, 'id' | 'path'> | null;
  name: string;
  kind: OrganizationKind;
  divisionCode: string | null;
  createdAt: string;
}

/** Inserts, then writes the path, which needs the new id: call inside a transaction. */
export async function insertOrganization(db: Executor, org: NewOrganization): Promise<Organization> {
  const inserted = await db
    .insertInto('organizations')
    .values({
      parent_id: org.parent?.id ?? null,
      name: org.name,
      kind: org.kind,
      division_code: org.divisionCode,
      path: '',
      created_at: org.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(inserted.id);
  const path = childPath(org.parent?.path ?? null, id);
  await db.updateTable('organizations').set({ path }).where('id', '=', id).execute();
  return { id, parentId: org.parent?.id ?? null, name: org.name, kind: org.kind, divisionCode: org.divisionCode, path, createdAt: org.createdAt };
}

export async function findOrganizationById(db: Executor, id: number): Promise<Organization | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganization(row) : undefined;
}

export async function findChildOrganizationByName(db: Executor, parentId: number | null, name: string): Promise<Organization | undefined> {
  const row = await db
    .selectFrom('organizations')
    .selectAll()
    .where('name', '=', name)
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst();
  return row ? toOrganization(row) : undefined;
}

export async function listOrganizations(db: Executor): Promise<Organization[]> {
  const rows = await db.selectFrom('organizations').selectAll().orderBy('id').execute();
  return rows.map(toOrganization);
}
