import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { type Role, roles } from './actor.ts';
import { assertCanAdminister } from './account.policy.ts';
import type { Caller } from './caller.ts';
import { type GrantRecord, deleteGrant, findGrant, findGrantById, insertGrant } from './grant.repository.ts';
import { findUserById } from './user.repository.ts';

export function parseRole(value: string): Role {
  if ((roles as readonly string[]).includes(value)) return value as Role;
  throw new AppError('badRequest', 'role', { zh: `未知的角色：${value}（可用：${roles.join('、')}）`, en: `Unknown role: ${value} (one of: ${roles.join(', ')})` });
}

const userNotFound = () => notFound({ zh: '用户', en: 'User' });

async function administeredUser(ctx: AppContext, caller: Caller, userId: number, ...orgIds: number[]) {
  const user = await findUserById(ctx.database.db, userId);
  if (!user) throw userNotFound();
  const directory = getOrganizationDirectory(ctx);
  const paths = [await directory.getPath(user.organizationId)];
  for (const id of orgIds) paths.push(await directory.getPath(id));
  assertCanAdminister(caller, ...paths);
  return user;
}

/** Grants a role on an organisation's subtree; both the user and that organisation must be the caller's to administer. */
export async function grantRole(ctx: AppContext, caller: Caller, input: { userId: number; role: Role; organizationId: number }): Promise<GrantRecord> {
  const role = parseRole(input.role);
  await administeredUser(ctx, caller, input.userId, input.organizationId);
  const grant = { userId: input.userId, role, organizationId: input.organizationId };
  if (await findGrant(ctx.database.db, grant)) {
    throw new AppError('conflict', 'grantExists', { zh: '该用户已有此授权', en: 'The user already holds this role there' });
  }
  return insertGrant(ctx.database.db, grant);
}

export async function revokeGrant(ctx: AppContext, caller: Caller, input: { userId: number; grantId: number }): Promise<void> {
  const grant = await findGrantById(ctx.database.db, input.grantId);
  if (!grant || grant.userId !== input.userId) throw notFound({ zh: '授权', en: 'Role grant' });
  await administeredUser(ctx, caller, input.userId, grant.organizationId);
  await deleteGrant(ctx.database.db, grant.id);
}
