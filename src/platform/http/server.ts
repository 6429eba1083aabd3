import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type FastifyPluginAsyncZod, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { transformObject } from './openapi-components.ts';
import { securityHeaders } from './security-headers.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ServerOptions {
  ctx: AppContext;
  /** Route plugins, each mounted under /api. */
  api: FastifyPluginAsyncZod[];
  /** Plugins mounted at the root (health, metrics, static front ends). */
  root?: FastifyPluginAsyncZod[];
  logger?: boolean;
  /** Runs on every request before the routes: resolves the session into request.actor, checks CSRF. */
  authenticate?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

export const apiInfo = {
  title: 'Redress API',
  version: '0.1.0',
  description: 'Petitions and grievances (信访事项办理): intake, procedure, deadlines, documents and the public view.',
};

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (options.logger === false ? undefined : options.ctx.logger) as FastifyBaseLogger | undefined,
    // Behind a reverse proxy the client address comes from X-Forwarded-For; rate limits need it.
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    // Per-request lines would log receipt numbers of every look-up; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  // Bodies must be valid UTF-8: a malformed byte is refused, never stored as U+FFFD.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new AppError('badRequest', 'malformedUtf8', { zh: '提交的内容不是有效的 UTF-8 文本', en: 'The request body is not valid UTF-8' }), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  // First, so that every answer carries them, refusals by the hooks below included.
  const headers = securityHeaders({ contentSecurityPolicy: false });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(cookie);
  app.decorateRequest('actor', null);
  if (options.authenticate) app.addHook('onRequest', options.authenticate);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: options.ctx.config.maxUploadBytes, files: 10, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: apiInfo,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'redress_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Schemas registered with `.meta({ id })` become named components.
    transformObject,
  });

  for (const plugin of options.root ?? []) await app.register(plugin);
  await app.register(
    async (api) => {
      for (const plugin of options.api) await api.register(plugin);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );
  return app;
}
