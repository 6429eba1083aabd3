import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { requestLocale } from '../platform/http/locale.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { supervisionOverviewSchema, urgeResultsSchema } from './petition.responses.ts';
import { getSupervisionOverview, urgeMany } from './supervision.ts';

export function supervisionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/supervision', { schema: { tags: ['supervision'], summary: 'Overdue and due-soon steps by organisation across the watched subtrees', response: { 200: supervisionOverviewSchema, ...errorResponses(401, 403) } } }, async (request) =>
      getSupervisionOverview(ctx, requireActor(request)),
    );
    app.post(
      '/petitions/urge',
      { schema: { tags: ['supervision'], summary: 'Urge several cases at once', body: z.object({ ids: z.array(z.number().int().positive()).min(1).max(200), note: z.string().trim().min(1).max(2000) }), response: { 200: urgeResultsSchema, ...errorResponses(400, 401, 403) } } },
      async (request) => urgeMany(ctx, requireActor(request), [...new Set(request.body.ids)], request.body.note, requestLocale(request)),
    );
  };
}
