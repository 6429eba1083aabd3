import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { projectRoot } from '../platform/project-paths.ts';

const dist = path.join(projectRoot, 'web/dist');

/**
 * The two single-page apps: built files from web/dist, and for any other path under / or
 * /public/ the app's index.html, so that deep links and reloads work.
 */
export function webRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) {
      app.get('/', { schema: { hide: true } }, async (_request, reply) =>
        reply.type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><p>前端尚未构建：请运行 <code>npm run build</code>。The web front end is not built: run <code>npm run build</code>.</p>'),
      );
      return;
    }
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false, cacheControl: false });
    const immutable = (p: string) => p.startsWith('/assets/');
    app.addHook('onSend', async (request, reply, payload) => {
      if (immutable(request.url)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      return payload;
    });
    app.get('/assets/*', { schema: { hide: true } }, (request, reply) => reply.sendFile(request.url.slice(1).split('?')[0] ?? ''));
    app.get('/public', { schema: { hide: true } }, (_request, reply) => reply.redirect('/public/'));
    app.get('/public/*', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('portal/index.html'));
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  };
}
