import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import fp from 'fastify-plugin';
import client from 'prom-client';
import { toLocalDate } from '../calendar/index.ts';
import type { AppContext } from '../platform/context.ts';
import { commitStatsOf } from '../platform/database/group-commit.ts';

/** /healthz for load balancers and /metrics for Prometheus. */
export function opsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({ name: 'redress_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const duration = new client.Histogram({ name: 'redress_http_request_seconds', help: 'HTTP request duration', labelNames: ['method', 'route'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry] });
  new client.Gauge({
    name: 'redress_open_overdue_steps',
    help: 'Open steps past their due date (responsiveness, not a count of people)',
    registers: [registry],
    async collect() {
      const today = toLocalDate(ctx.clock.now());
      const row = await ctx.database.db.selectFrom('petitions').select((eb) => eb.fn.countAll<number>().as('n')).where('step', 'in', ['triage', 'acceptance', 'handling', 'review', 'rereview']).where('due_on', '<', today).executeTakeFirst();
      this.set(Number(row?.n ?? 0));
    },
  });

  if (ctx.database.dialect === 'sqlite') {
    const stats = commitStatsOf(ctx.database);
    new client.Gauge({ name: 'redress_group_commits_total', help: 'Durable SQLite commits of registrations (group commit)', registers: [registry], collect() { this.set(stats.batches); } });
    new client.Gauge({ name: 'redress_group_commit_units_total', help: 'Registrations those commits carried', registers: [registry], collect() { this.set(stats.units); } });
  }

  // Not encapsulated, so that the hook below counts every route of the server.
  return fp(async (app) => {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      requests.inc({ method: request.method, route, status: reply.statusCode });
      duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    });
    app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
      try {
        await sql`select 1`.execute(ctx.database.db);
        return { status: 'ok', database: ctx.database.dialect };
      } catch {
        return reply.status(503).send({ status: 'unavailable' });
      }
    });
    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  });
}
