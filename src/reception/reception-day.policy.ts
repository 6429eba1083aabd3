import { type Actor, type Role, hasRoleOn } from '../accounts/actor.ts';
import { AppError } from '../platform/errors.ts';

/** Who arranges reception days and their bookings: clerks, leaders and administrators of the host's subtree. */
export const dayRoles: readonly Role[] = ['clerk', 'leader', 'admin'];

export const canManageDays = (actor: Actor, orgPath: string): boolean => hasRoleOn(actor, orgPath, ...dayRoles);

/** The subtrees whose reception days the actor may list. */
export const managedPaths = (actor: Actor): string[] => actor.grants.filter((g) => dayRoles.includes(g.role)).map((g) => g.orgPath);

export const dayNotFound = () => new AppError('notFound', 'notFound', { zh: '未找到此接访日', en: 'Reception day not found' });

export const forbiddenHost = () =>
  new AppError('forbidden', 'forbidden', { zh: '只能安排本人有权限的机构的接访日', en: 'You can arrange reception days only for organisations in your remit' });
