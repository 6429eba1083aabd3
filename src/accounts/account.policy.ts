import { AppError } from '../platform/errors.ts';
import { hasRoleOn } from './actor.ts';
import { type Caller, isOperator } from './caller.ts';

// Users and grants are managed by an admin of the organisation concerned (directly or through an
// ancestor). Creating a user needs that for the user's organisation; granting or revoking needs it
// for both the user's organisation and the organisation of the grant, so nobody hands out roles
// beyond their own subtree or reaches users outside it.

export function canAdminister(caller: Caller, orgPath: string): boolean {
  return isOperator(caller) || hasRoleOn(caller, orgPath, 'admin');
}

export function assertCanAdminister(caller: Caller, ...orgPaths: string[]): void {
  if (orgPaths.every((path) => canAdminister(caller, path))) return;
  throw new AppError('forbidden', 'forbidden', {
    zh: '只能管理本单位及下级单位的用户和权限',
    en: 'You may manage users and roles only within the organisations you administer',
  });
}

/** The subtrees whose users the caller may see and manage; 'all' for the operator. */
export function adminScopes(caller: Caller): string[] | 'all' {
  if (isOperator(caller)) return 'all';
  const paths = caller.grants.filter((g) => g.role === 'admin').map((g) => g.orgPath);
  // A scope inside another adds nothing.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}
