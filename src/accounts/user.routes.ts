import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses, noContent } from '../platform/http/response.schemas.ts';
import { presentGrant, presentUser } from './account.presenter.ts';
import {
  createUserBody, createUserResponse, grantBody, grantParams, grantSchema, ownEmailBody, ownEmailResponse, userIdParams, userListQuery, userListResponse, userPatchBody, userSchema,
} from './account.schemas.ts';
import { z } from 'zod';
import { resetPassword } from './change-password.ts';
import { createUser } from './create-user.ts';
import { setUserDisabled } from './disable-user.ts';
import { findUsers, getUserById } from './find-users.ts';
import { grantRole, revokeGrant } from './grant-role.ts';
import { requireActor } from './guard.ts';
import { ownEmail, setOwnEmail, setUserEmail, validEmail } from './user-email.ts';

const tags = ['users'];

// Administration of users and role grants, each limited to the subtrees the caller administers.
export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const tree = () => getOrganizationDirectory(ctx).tree();
  return async (app) => {
    app.get('/users', {
      schema: { tags, summary: 'Users of the organisations you administer', querystring: userListQuery, response: { 200: userListResponse, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => {
      const actor = requireActor(request);
      const { organizationId, q, limit, offset } = request.query;
      const page = await findUsers(ctx, actor, { organizationId, text: q, limit, offset });
      const t = await tree();
      return { users: page.users.map((u) => presentUser(u, t)), total: page.total };
    });

    app.post('/users', {
      schema: { tags, summary: 'Create a user (admin of the organisation)', body: createUserBody, response: { 201: createUserResponse, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const created = await createUser(ctx, actor, { ...request.body, mustChangePassword: true });
      const body = { user: presentUser(created, await tree()), ...(created.generatedPassword ? { password: created.generatedPassword } : {}) };
      return reply.status(201).send(body);
    });

    app.get('/users/:id', {
      schema: { tags, summary: 'One user with role grants', params: userIdParams, response: { 200: userSchema, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => {
      const actor = requireActor(request);
      return presentUser(await getUserById(ctx, actor, request.params.id), await tree());
    });

    app.post('/users/:id/password-reset', {
      schema: { tags, summary: 'Reset a password: a new one-time password, all sessions end', params: userIdParams, response: { 200: z.object({ password: z.string() }), ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => ({ password: await resetPassword(ctx, requireActor(request), { userId: request.params.id }) }));

    app.get('/users/me/email', {
      schema: { tags, summary: 'Your own e-mail address for notifications', response: { 200: ownEmailResponse, ...errorResponses(401) } },
    }, async (request) => ({ email: await ownEmail(ctx, requireActor(request)) }));

    app.put('/users/me/email', {
      schema: { tags, summary: 'Set or clear (null or empty) your own e-mail address for notifications', body: ownEmailBody, response: { 200: ownEmailResponse, ...errorResponses(400, 401, 403) } },
    }, async (request) => ({ email: await setOwnEmail(ctx, requireActor(request), request.body.email) }));

    app.patch('/users/:id', {
      schema: { tags, summary: "Disable or re-enable a user, or set or clear (null or empty) their e-mail address", params: userIdParams, body: userPatchBody, response: { 200: userSchema, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => {
      const actor = requireActor(request);
      // An invalid address is refused before anything is written, so a refused request changes nothing.
      if (request.body.email !== undefined) validEmail(request.body.email);
      if (request.body.disabled !== undefined) await setUserDisabled(ctx, actor, { userId: request.params.id, disabled: request.body.disabled });
      if (request.body.email !== undefined) await setUserEmail(ctx, actor, { userId: request.params.id, email: request.body.email });
      return presentUser(await getUserById(ctx, actor, request.params.id), await tree());
    });

    app.post('/users/:id/grants', {
      schema: { tags, summary: "Grant a role on an organisation's subtree", params: userIdParams, body: grantBody, response: { 201: grantSchema, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const grant = await grantRole(ctx, actor, { userId: request.params.id, ...request.body });
      return reply.status(201).send(presentGrant(grant, await tree()));
    });

    app.delete('/users/:id/grants/:grantId', {
      schema: { tags, summary: 'Revoke a role grant', params: grantParams, response: { 204: noContent, ...errorResponses(400, 401, 403, 404) } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      await revokeGrant(ctx, actor, { userId: request.params.id, grantId: request.params.grantId });
      return reply.status(204).send();
    });
  };
}
