import { hasRoleOn } from '../accounts/actor.ts';
import { type Caller, isOperator } from '../accounts/caller.ts';
import { AppError } from '../platform/errors.ts';

// Who may change the tree: an admin of the parent's subtree adds below it; only the operator at
// the console creates a new root (a deployment usually has one: the province or the city).
export function canAddOrganization(caller: Caller, parentPath: string | null): boolean {
  if (isOperator(caller)) return true;
  return parentPath !== null && hasRoleOn(caller, parentPath, 'admin');
}

export function assertCanAddOrganization(caller: Caller, parentPath: string | null): void {
  if (canAddOrganization(caller, parentPath)) return;
  throw new AppError('forbidden', 'forbidden', {
    zh: '只有上级组织的管理员才能在其下添加组织',
    en: 'Only an administrator of the parent organisation may add organisations under it',
  });
}
