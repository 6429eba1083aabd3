import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest, FastifyReply } from 'fastify';
import type { AppContext } from './platform/context.ts';

// Every context's routes, mounted under /api (apiRoutes) or at the root (rootRoutes).
export function apiRoutes(ctx: AppContext): FastifyPluginAsyncZod[] {
  void ctx;
  return [];
}

export function rootRoutes(ctx: AppContext): FastifyPluginAsyncZod[] {
  void ctx;
  return [];
}

export function authenticator(ctx: AppContext): ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | undefined {
  void ctx;
  return undefined;
}
