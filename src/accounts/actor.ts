// Who is acting: a signed-in staff member with role grants on organisation subtrees.
export const roles = ['clerk', 'handler', 'approver', 'supervisor', 'leader', 'auditor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Grant {
  role: Role;
  orgId: number;
  /** The granted organisation's materialised path ('/1/4/'); a grant covers every path it prefixes. */
  orgPath: string;
}

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  /** The organisation the user belongs to — what decides conflicts such as being the accused unit. */
  orgId: number;
  orgPath: string;
  grants: Grant[];
  mustChangePassword: boolean;
}

export const covers = (ancestorPath: string, path: string): boolean => path.startsWith(ancestorPath);

/** Does the actor hold one of the roles on an organisation (directly or through an ancestor)? */
export function hasRoleOn(actor: Actor, orgPath: string, ...wanted: Role[]): boolean {
  return actor.grants.some((g) => wanted.includes(g.role) && covers(g.orgPath, orgPath));
}

export const hasAnyRole = (actor: Actor, ...wanted: Role[]): boolean => actor.grants.some((g) => wanted.includes(g.role));
