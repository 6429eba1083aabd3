import type { AppContext } from '../platform/context.ts';
import { notFound } from '../platform/errors.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { adminScopes, assertCanAdminister } from './account.policy.ts';
import type { Caller } from './caller.ts';
import type { UserWithGrants } from './create-user.ts';
import { grantsOfUser, grantsOfUsers } from './grant.repository.ts';
import * as users from './user.repository.ts';

export interface FindUsersInput {
  /** Only this organisation's subtree (which must be the caller's to administer). */
  organizationId?: number | undefined;
  text?: string | undefined;
  limit: number;
  offset: number;
}

/** Users the caller administers, by id, a page at a time. */
export async function findUsers(ctx: AppContext, caller: Caller, input: FindUsersInput): Promise<{ users: UserWithGrants[]; total: number }> {
  let withinPaths: string[];
  if (input.organizationId !== undefined) {
    const path = await getOrganizationDirectory(ctx).getPath(input.organizationId);
    assertCanAdminister(caller, path);
    withinPaths = [path];
  } else {
    const scopes = adminScopes(caller);
    if (scopes !== 'all' && scopes.length === 0) assertCanAdminister(caller, '/');
    withinPaths = scopes === 'all' ? ['/'] : scopes;
  }
  const page = await users.findUsers(ctx.database.db, { withinPaths, text: input.text, limit: input.limit, offset: input.offset });
  const grants = await grantsOfUsers(ctx.database.db, page.users.map((u) => u.id));
  return { users: page.users.map((user) => ({ user, grants: grants.get(user.id) ?? [] })), total: page.total };
}

export async function getUserById(ctx: AppContext, caller: Caller, id: number): Promise<UserWithGrants> {
  const user = await users.findUserById(ctx.database.db, id);
  if (!user) throw notFound({ zh: '用户', en: 'User' });
  assertCanAdminister(caller, await getOrganizationDirectory(ctx).getPath(user.organizationId));
  return { user, grants: await grantsOfUser(ctx.database.db, id) };
}
