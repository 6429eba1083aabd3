import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { markFollowUpDone } from './follow-up-done.ts';
import { findFollowUps, followUpById } from './follow-up-find.ts';
import { followUpDoneBodySchema, followUpListQuerySchema, followUpListSchema, followUpSchema, idParams } from './visit.schemas.ts';

export function followUpRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/follow-ups', { schema: { tags: ['reception'], summary: 'Promises made at receptions, open ones overdue first', querystring: followUpListQuerySchema, response: { 200: followUpListSchema, ...errorResponses(400, 401) } } }, async (request) =>
      findFollowUps(ctx, requireActor(request), request.query),
    );
    app.post(
      '/follow-ups/:id/done',
      { schema: { tags: ['reception'], summary: 'Record what became of a promise (a public `followUpDone` event)', params: idParams, body: followUpDoneBodySchema, response: { 200: followUpSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request) => {
        const actor = requireActor(request);
        await markFollowUpDone(ctx, actor, request.params.id, request.body.outcome);
        return followUpById(ctx, actor, request.params.id);
      },
    );
  };
}
