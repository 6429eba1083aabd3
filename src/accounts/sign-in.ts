import type { AppContext } from '../platform/context.ts';
import { randomToken, tokenHash } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from './actor.ts';
import { actorOf } from './load-actor.ts';
import { verifyDecoy, verifyPassword } from './password.ts';
import { deleteExpiredSessions, deleteSession, insertSession } from './session.repository.ts';
import { findUserByUsername } from './user.repository.ts';
import { normalizeUsername } from './username.ts';

export const SESSION_HOURS = 12;

export interface SignInResult {
  /** Goes to the browser in the cookie only; the database keeps its hash. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/** One answer for an unknown user, a wrong password and a disabled account: nothing to enumerate. */
export const invalidCredentials = (): AppError =>
  new AppError('unauthorized', 'invalidCredentials', { zh: '用户名或密码错误', en: 'Wrong username or password' });

export async function signIn(ctx: AppContext, input: { username: string; password: string }): Promise<SignInResult> {
  const user = await findUserByUsername(ctx.database.db, normalizeUsername(input.username));
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
  if (!user || !valid || user.disabled) throw invalidCredentials();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  await deleteExpiredSessions(ctx.database.db, now.toISOString());
  await insertSession(ctx.database.db, {
    tokenHash: tokenHash(token, ctx.keys),
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, csrfToken, expiresAt, actor: await actorOf(ctx, user) };
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await deleteSession(ctx.database.db, tokenHash(token, ctx.keys));
}
