import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { Role } from './actor.ts';
import { assertCanAdminister } from './account.policy.ts';
import type { Caller } from './caller.ts';
import { type GrantRecord, insertGrant } from './grant.repository.ts';
import { parseRole } from './grant-role.ts';
import { assertAcceptablePassword, generatePassword, hashPassword } from './password.ts';
import { type UserRecord, findUserByUsername, insertUser, isUniqueViolation } from './user.repository.ts';
import { validEmail } from './user-email.ts';
import { validUsername } from './username.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  organizationId: number;
  /** Granted on the user's own organisation (and so its subtree). */
  roles?: Role[] | undefined;
  /** Omitted: a one-time password is generated and returned. */
  password?: string | undefined;
  /** Defaults to true: whoever chose the password is not the one who will use it. */
  mustChangePassword?: boolean | undefined;
  /** For notifications by e-mail; optional. */
  email?: string | null | undefined;
}

export interface UserWithGrants {
  user: UserRecord;
  grants: GrantRecord[];
}

export const usernameTaken = (username: string): AppError =>
  new AppError('conflict', 'usernameTaken', { zh: `用户名 ${username} 已被使用`, en: `The username ${username} is taken` });

export async function createUser(ctx: AppContext, caller: Caller, input: CreateUserInput): Promise<UserWithGrants & { generatedPassword?: string }> {
  const username = validUsername(input.username);
  const displayName = input.displayName.trim();
  if (displayName === '' || displayName.length > 100) {
    throw new AppError('badRequest', 'displayName', { zh: '姓名须为 1 至 100 个字', en: 'The name must have 1 to 100 characters' });
  }
  const email = validEmail(input.email);
  const wanted = [...new Set((input.roles ?? []).map(parseRole))];
  const org = await getOrganizationDirectory(ctx).get(input.organizationId);
  if (!org) throw notFound({ zh: '所属组织', en: 'Organisation' });
  assertCanAdminister(caller, org.path);
  const generatedPassword = input.password === undefined ? generatePassword() : undefined;
  const password = input.password ?? (generatedPassword as string);
  assertAcceptablePassword(password);
  if (await findUserByUsername(ctx.database.db, username)) throw usernameTaken(username);
  const passwordHash = await hashPassword(password);
  try {
    const created = await ctx.database.db.transaction().execute(async (trx) => {
      const user = await insertUser(trx, {
        username,
        displayName,
        organizationId: org.id,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        createdAt: ctx.clock.now().toISOString(),
        email,
      });
      const grants: GrantRecord[] = [];
      for (const role of wanted) grants.push(await insertGrant(trx, { userId: user.id, role, organizationId: org.id }));
      return { user, grants };
    });
    return generatedPassword === undefined ? created : { ...created, generatedPassword };
  } catch (error) {
    if (isUniqueViolation(error)) throw usernameTaken(username);
    throw error;
  }
}
