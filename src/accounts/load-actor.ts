import type { AppContext } from '../platform/context.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { Actor } from './actor.ts';
import { grantsOfUser } from './grant.repository.ts';
import type { UserRecord } from './user.repository.ts';
import { findUserById } from './user.repository.ts';

/** The acting user with each grant's organisation path resolved from the directory (no join). */
export async function actorOf(ctx: AppContext, user: UserRecord): Promise<Actor> {
  const directory = getOrganizationDirectory(ctx);
  const grants = await grantsOfUser(ctx.database.db, user.id);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgId: user.organizationId,
    orgPath: await directory.getPath(user.organizationId),
    grants: await Promise.all(
      grants.map(async (g) => ({ role: g.role, orgId: g.organizationId, orgPath: await directory.getPath(g.organizationId) })),
    ),
    mustChangePassword: user.mustChangePassword,
  };
}

/** The actor for a user id, or null when the user is gone or disabled. */
export async function loadActor(ctx: AppContext, userId: number): Promise<Actor | null> {
  const user = await findUserById(ctx.database.db, userId);
  if (!user || user.disabled) return null;
  return actorOf(ctx, user);
}
