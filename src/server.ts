import type { FastifyInstance } from 'fastify';
import type { AppContext } from './platform/context.ts';
import { buildServer } from './platform/http/server.ts';
import { apiRoutes, authenticator, rootRoutes } from './routes.ts';

export function createServer(ctx: AppContext, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  return buildServer({ ctx, api: apiRoutes(ctx), root: rootRoutes(ctx), authenticate: authenticator(ctx), logger: options.logger ?? true });
}
