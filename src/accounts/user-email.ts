// Staff e-mail addresses, for notifications by e-mail. An address is personal data of the member of
// staff: only they and the administrators of their organisation see or change it.
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { assertCanAdminister } from './account.policy.ts';
import type { Actor } from './actor.ts';
import type { Caller } from './caller.ts';
import { findUserById, updateEmail } from './user.repository.ts';

export const EMAIL_MAX = 254;
// Deliberately plain: one @, a dot in the domain, no spaces or angle brackets. The SMTP server is
// the final judge; this catches the typing mistakes people actually make.
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]+$/;

/** A trimmed address, null for "none" (an empty value clears it); a clear error when it cannot be one. */
export function validEmail(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const email = value.trim();
  if (email === '') return null;
  if (email.length > EMAIL_MAX || !EMAIL.test(email) || email.includes('..')) {
    throw new AppError('badRequest', 'emailInvalid', { zh: `“${email.slice(0, 60)}”不是有效的电子邮箱地址`, en: `"${email.slice(0, 60)}" is not a valid e-mail address` });
  }
  return email;
}

/** An administrator of the user's organisation sets or clears the address. */
export async function setUserEmail(ctx: AppContext, caller: Caller, input: { userId: number; email: string | null }): Promise<void> {
  const email = validEmail(input.email);
  const user = await findUserById(ctx.database.db, input.userId);
  if (!user) throw notFound({ zh: '用户', en: 'User' });
  assertCanAdminister(caller, await getOrganizationDirectory(ctx).getPath(user.organizationId));
  await updateEmail(ctx.database.db, user.id, email);
}

/** Each member of staff sets or clears their own address. */
export async function setOwnEmail(ctx: AppContext, actor: Actor, email: string | null): Promise<string | null> {
  const valid = validEmail(email);
  await updateEmail(ctx.database.db, actor.userId, valid);
  return valid;
}

export async function ownEmail(ctx: AppContext, actor: Actor): Promise<string | null> {
  return (await findUserById(ctx.database.db, actor.userId))?.email ?? null;
}
