import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { addOrganization } from '../organizations/add-organization.ts';
import { listOrganizations } from '../organizations/organization.repository.ts';
import { OrganizationTree } from '../organizations/organization-tree.ts';
import { operator } from './caller.ts';
import { createUser } from './create-user.ts';
import { countUsers, isUniqueViolation } from './user.repository.ts';

export const FIRST_ADMIN = 'admin';
export const FIRST_ORGANIZATION = '信访局';

/**
 * On a database without users, creates the administrator `admin` with a one-time password (which
 * must be changed at first sign-in) and returns it for the operator; otherwise returns null.
 * The admin role is granted on the root organisation — '信访局' (a petition office) is created when
 * there is none; when organisations were imported first, the oldest root.
 */
export async function ensureFirstAdmin(ctx: AppContext): Promise<{ username: string; password: string; organizationId: number } | null> {
  if ((await countUsers(ctx.database.db)) > 0) return null;
  const tree = new OrganizationTree(await listOrganizations(ctx.database.db));
  const root =
    tree.childNamed(null, FIRST_ORGANIZATION) ??
    tree.roots()[0] ??
    (await addOrganization(ctx, operator, { name: FIRST_ORGANIZATION, kind: 'petitionOffice', parentId: null }));
  try {
    const created = await createUser(ctx, operator, { username: FIRST_ADMIN, displayName: '系统管理员', organizationId: root.id, roles: ['admin'] });
    return { username: FIRST_ADMIN, password: created.generatedPassword as string, organizationId: root.id };
  } catch (error) {
    // Another process starting at the same moment created it first.
    if (error instanceof AppError && error.code === 'usernameTaken') return null;
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
