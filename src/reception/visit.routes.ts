import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { followUpRoutes } from './follow-up.routes.ts';
import { groupVisitRoutes } from './group-visit.routes.ts';
import { findVisits, getVisitById, loadVisit } from './visit-find.ts';
import { instructOn, recordVisit } from './visit-record.ts';
import { unmaskVisitors } from './visit-unmask.ts';
import { idParams, instructionSchema, reasonBodySchema, recordVisitBodySchema, unmaskedNamesSchema, visitListQuerySchema, visitRecordedSchema, visitSchema, visitListSchema } from './visit.schemas.ts';

// Visits, group visits and their follow-ups: thin routes, one use case each.
export function visitRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/visits',
      {
        schema: {
          tags: ['reception'],
          summary: 'Record an in-person reception: register a new petition from it or link an existing one',
          body: recordVisitBodySchema,
          response: { 201: visitRecordedSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await recordVisit(ctx, requireRole(request, 'clerk', 'leader'), request.body)),
    );
    app.get('/visits', { schema: { tags: ['reception'], summary: 'Recent visits at the organisations where the caller records them', querystring: visitListQuerySchema, response: { 200: visitListSchema, ...errorResponses(400, 401) } } }, async (request) =>
      findVisits(ctx, requireActor(request), request.query.limit),
    );
    app.get('/visits/:id', { schema: { tags: ['reception'], summary: 'One visit with its follow-ups', params: idParams, response: { 200: visitSchema, ...errorResponses(400, 401, 404) } } }, async (request) =>
      getVisitById(ctx, requireActor(request), request.params.id),
    );
    app.post(
      '/visits/:id/instruction',
      {
        schema: {
          tags: ['reception'],
          summary: 'A leader’s instruction given at this reception (an `instructed` event by the leader)',
          params: idParams,
          body: instructionSchema,
          response: { 200: visitSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { row } = await loadVisit(ctx, actor, request.params.id);
        await instructOn(ctx, actor, Number(row.petition_id), request.body);
        return getVisitById(ctx, actor, request.params.id);
      },
    );
    app.post(
      '/visits/:id/visitors/unmask',
      { schema: { tags: ['reception'], summary: 'The visitors’ names in clear (reason required, logged)', params: idParams, body: reasonBodySchema, response: { 200: unmaskedNamesSchema, ...errorResponses(400, 401, 403, 404) } } },
      async (request) => unmaskVisitors(ctx, requireActor(request), request.params.id, request.body.reason),
    );
    await app.register(groupVisitRoutes(ctx));
    await app.register(followUpRoutes(ctx));
  };
}
