import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { getSupervisionOverview, urgeMany } from './supervision.ts';

export function supervisionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/supervision', { schema: { tags: ['supervision'], summary: 'Overdue and due-soon steps by organisation across the watched subtrees' } }, async (request) =>
      getSupervisionOverview(ctx, requireActor(request)),
    );
    app.post(
      '/petitions/urge',
      { schema: { tags: ['supervision'], summary: 'Urge several cases at once', body: z.object({ ids: z.array(z.number().int().positive()).min(1).max(200), note: z.string().trim().min(1).max(2000) }) } },
      async (request) => urgeMany(ctx, requireActor(request), [...new Set(request.body.ids)], request.body.note),
    );
  };
}
