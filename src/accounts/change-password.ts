import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { assertCanAdminister } from './account.policy.ts';
import type { Actor } from './actor.ts';
import type { Caller } from './caller.ts';
import { assertAcceptablePassword, generatePassword, hashPassword, verifyPassword } from './password.ts';
import { deleteSessionsOfUser } from './session.repository.ts';
import { findUserById, updatePassword } from './user.repository.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  /** The session making the change stays signed in; every other session of the user ends. */
  keepSessionHash?: string | undefined;
}

/** The user's own change: proves the current password, clears must_change_password. */
export async function changePassword(ctx: AppContext, actor: Actor, input: ChangePasswordInput): Promise<void> {
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('badRequest', 'currentPasswordWrong', { zh: '当前密码不正确', en: 'The current password is wrong' });
  }
  assertAcceptablePassword(input.newPassword);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('badRequest', 'passwordUnchanged', { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.database.db.transaction().execute(async (trx) => {
    await updatePassword(trx, user.id, passwordHash, false);
    await deleteSessionsOfUser(trx, user.id, input.keepSessionHash);
  });
}

/** An administrator's reset: a new one-time password, to be changed at next sign-in; all sessions end. */
export async function resetPassword(ctx: AppContext, caller: Caller, input: { userId: number }): Promise<string> {
  const user = await findUserById(ctx.database.db, input.userId);
  if (!user) throw notFound({ zh: '用户', en: 'User' });
  assertCanAdminister(caller, await getOrganizationDirectory(ctx).getPath(user.organizationId));
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await ctx.database.db.transaction().execute(async (trx) => {
    await updatePassword(trx, user.id, passwordHash, true);
    await deleteSessionsOfUser(trx, user.id);
  });
  return password;
}
