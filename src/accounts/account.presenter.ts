import type { z } from 'zod';
import type { OrganizationTree } from '../organizations/organization-tree.ts';
import type { Actor } from './actor.ts';
import type { sessionUserSchema, userSchema, grantSchema } from './account.schemas.ts';
import type { UserWithGrants } from './create-user.ts';
import type { GrantRecord } from './grant.repository.ts';

// The only shapes of users and grants that leave the server: never a password hash or a token.
const nameOf = (tree: OrganizationTree, id: number) => tree.get(id)?.name ?? '';

export function presentSessionUser(actor: Actor, tree: OrganizationTree): z.infer<typeof sessionUserSchema> {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    organizationId: actor.orgId,
    organizationName: nameOf(tree, actor.orgId),
    mustChangePassword: actor.mustChangePassword,
    grants: actor.grants.map((g) => ({ role: g.role, organizationId: g.orgId, organizationName: nameOf(tree, g.orgId), organizationPath: g.orgPath })),
  };
}

export const presentGrant = (grant: GrantRecord, tree: OrganizationTree): z.infer<typeof grantSchema> => ({
  id: grant.id,
  role: grant.role,
  organizationId: grant.organizationId,
  organizationName: nameOf(tree, grant.organizationId),
});

export function presentUser({ user, grants }: UserWithGrants, tree: OrganizationTree): z.infer<typeof userSchema> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    organizationId: user.organizationId,
    organizationName: nameOf(tree, user.organizationId),
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabled,
    createdAt: user.createdAt,
    email: user.email,
    grants: grants.map((g) => presentGrant(g, tree)),
  };
}
