import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { verifyChains } from './verify-chains.ts';

const tags = ['audit'];

export const chainProblemSchema = z.object({
  eventId: z.number().int().nullable(),
  petitionId: z.number().int().nullable(),
  kind: z.enum(['altered', 'inserted', 'removed', 'reordered', 'headMismatch']),
  message: z.string(),
});

export const verifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  problems: z.array(chainProblemSchema),
  omitted: z.number().int(),
  head: z.object({ eventId: z.number().int(), hash: z.string() }),
});

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Reads the whole log (seconds per million events); the CLI is the tool for large databases,
    // this is for an auditor at the workbench.
    app.get('/audit/verify', {
      schema: {
        tags,
        summary: 'Recompute the event hash chains and list every altered, inserted, removed or reordered event (auditor or admin)',
        response: { 200: verifyResponse },
      },
    }, async (request) => {
      requireRole(request, 'auditor', 'admin');
      return verifyChains(ctx.database);
    });
  };
}
