import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { assertCanAdminister } from './account.policy.ts';
import type { Caller } from './caller.ts';
import { deleteSessionsOfUser } from './session.repository.ts';
import { findUserById } from './user.repository.ts';

/** Disabling keeps the user and their history but ends their sessions and refuses sign-in. */
export async function setUserDisabled(ctx: AppContext, caller: Caller, input: { userId: number; disabled: boolean }): Promise<void> {
  const user = await findUserById(ctx.database.db, input.userId);
  if (!user) throw notFound({ zh: '用户', en: 'User' });
  assertCanAdminister(caller, await getOrganizationDirectory(ctx).getPath(user.organizationId));
  if ('userId' in caller && caller.userId === user.id && input.disabled) {
    throw new AppError('badRequest', 'cannotDisableSelf', { zh: '不能停用自己的账号', en: 'You cannot disable your own account' });
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled: input.disabled ? 1 : 0 }).where('id', '=', user.id).execute();
    if (input.disabled) await deleteSessionsOfUser(trx, user.id);
  });
}
