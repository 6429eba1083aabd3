import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { errorResponses, noContent } from '../platform/http/response.schemas.ts';
import { presentSessionUser } from './account.presenter.ts';
import { changePasswordBody, loginBody, sessionResponse } from './account.schemas.ts';
import { SESSION_COOKIE, sessionOf } from './authenticate.ts';
import { changePassword } from './change-password.ts';
import { requireActor } from './guard.ts';
import { LoginThrottle } from './login-throttle.ts';
import { signIn, signOut } from './sign-in.ts';
import { normalizeUsername } from './username.ts';

const tags = ['session'];

export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const throttle = new LoginThrottle(() => ctx.clock.now().getTime());

    app.post('/session', {
      // Every attempt costs an argon2 verification: a coarse cap per address on top of the throttle.
      config: { rateLimit: { max: 100, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Sign in: sets the session cookie, returns the user and the CSRF token', body: loginBody, response: { 200: sessionResponse, ...errorResponses(400, 401, 403, 429) } },
    }, async (request, reply) => {
      const username = normalizeUsername(request.body.username);
      const wait = throttle.retryAfter(request.ip, username);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        const minutes = Math.ceil(wait / 60);
        throw new AppError('tooMany', 'rateLimited', {
          zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
          en: `Too many failed sign-ins; try again in ${minutes} minute(s)`,
        });
      }
      const result = await signIn(ctx, request.body).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'invalidCredentials') throttle.failed(request.ip, username);
        throw error;
      });
      throttle.succeeded(username);
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https', expires: result.expiresAt,
      });
      const tree = await getOrganizationDirectory(ctx).tree();
      return { user: presentSessionUser(result.actor, tree), csrfToken: result.csrfToken };
    });

    app.get('/session', {
      schema: { tags, summary: 'The signed-in user, with role grants and the CSRF token (401 when signed out)', response: { 200: sessionResponse, ...errorResponses(401) } },
    }, async (request) => {
      const actor = requireActor(request);
      const tree = await getOrganizationDirectory(ctx).tree();
      return { user: presentSessionUser(actor, tree), csrfToken: sessionOf(request)?.csrfToken ?? '' };
    });

    app.delete('/session', { schema: { tags, summary: 'Sign out', response: { 204: noContent, ...errorResponses(403) } } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(ctx, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.post('/session/password', {
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
      schema: { tags, summary: 'Change your own password (clears the must-change flag, ends your other sessions)', body: changePasswordBody, response: { 204: noContent, ...errorResponses(400, 401, 403, 429) } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      await changePassword(ctx, actor, { ...request.body, keepSessionHash: sessionOf(request)?.tokenHash });
      return reply.status(204).send();
    });
  };
}
