import { createContext, useContext } from 'react';
import type { Role, SessionUser } from '../types.ts';

export interface SessionValue {
  user: SessionUser;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in user; only rendered inside the signed-in part of the workbench. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in workbench');
  return value;
}

/** Does the user hold one of the roles anywhere? (Menus only: the server decides per case.) */
export const hasRole = (user: SessionUser, ...roles: Role[]): boolean => user.grants.some((g) => roles.includes(g.role));

/** Does the user hold one of the roles on an organisation, given its materialised path? */
export const hasRoleOn = (user: SessionUser, orgPath: string, ...roles: Role[]): boolean =>
  user.grants.some((g) => roles.includes(g.role) && orgPath.startsWith(g.organizationPath));
