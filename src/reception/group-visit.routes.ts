import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { requestLocale } from '../platform/http/locale.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { findGroupVisits, getGroupVisitById } from './group-visit-find.ts';
import { recordGroupReception, summarizeGroupVisit } from './group-visit-reception.ts';
import { registerGroupVisit } from './group-visit-register.ts';
import { unmaskGroupMembers } from './visit-unmask.ts';
import {
  groupVisitListQuerySchema, groupVisitListSchema, groupVisitRegisteredSchema, groupVisitSchema, idParams, reasonBodySchema, receiveGroupBodySchema,
  registerGroupVisitBodySchema, summaryBodySchema, unmaskedNamesSchema,
} from './visit.schemas.ts';

export function groupVisitRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/group-visits',
      {
        schema: {
          tags: ['reception'],
          summary: 'Register a group visit (集体访): joint petition, response clock, notices to the on-call leader and the responsible unit',
          body: registerGroupVisitBodySchema,
          response: { 201: groupVisitRegisteredSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => reply.status(201).send(await registerGroupVisit(ctx, requireRole(request, 'clerk', 'leader'), request.body, requestLocale(request))),
    );
    app.get('/group-visits', { schema: { tags: ['reception'], summary: 'Group visits, waiting ones first by their response clock', querystring: groupVisitListQuerySchema, response: { 200: groupVisitListSchema, ...errorResponses(400, 401) } } }, async (request) =>
      findGroupVisits(ctx, requireActor(request), request.query),
    );
    app.get('/group-visits/:id', { schema: { tags: ['reception'], summary: 'One group visit with its clock, reception and follow-ups', params: idParams, response: { 200: groupVisitSchema, ...errorResponses(400, 401, 404) } } }, async (request) =>
      getGroupVisitById(ctx, requireActor(request), request.params.id),
    );
    app.post(
      '/group-visits/:id/reception',
      { schema: { tags: ['reception'], summary: 'Record who received the group, when, what was said and promised', params: idParams, body: receiveGroupBodySchema, response: { 200: groupVisitSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request) => {
        const actor = requireActor(request);
        await recordGroupReception(ctx, actor, request.params.id, request.body);
        return getGroupVisitById(ctx, actor, request.params.id);
      },
    );
    app.post(
      '/group-visits/:id/summary',
      { schema: { tags: ['reception'], summary: 'The summary written after the reception (internal, kept with the case)', params: idParams, body: summaryBodySchema, response: { 200: groupVisitSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request) => {
        const actor = requireActor(request);
        await summarizeGroupVisit(ctx, actor, request.params.id, request.body.summary);
        return getGroupVisitById(ctx, actor, request.params.id);
      },
    );
    app.post(
      '/group-visits/:id/members/unmask',
      { schema: { tags: ['reception'], summary: 'The representatives’ and named members’ names in clear (reason required, logged)', params: idParams, body: reasonBodySchema, response: { 200: unmaskedNamesSchema, ...errorResponses(400, 401, 403, 404) } } },
      async (request) => unmaskGroupMembers(ctx, requireActor(request), request.params.id, request.body.reason),
    );
  };
}
