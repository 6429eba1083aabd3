import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { requestLocale } from '../platform/http/locale.ts';
import { errorResponses, noContent } from '../platform/http/response.schemas.ts';

const tags = ['notifications'];

export const notificationSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationListSchema = z.object({ notifications: z.array(notificationSchema), unread: z.number().int() }).meta({ id: 'NotificationList' });

/** The signed-in user's own notifications: nobody reads another's. */
export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const db = () => ctx.database.db;
  return async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'My latest notifications and how many are unread',
          querystring: z.object({ unreadOnly: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
          response: { 200: notificationListSchema, ...errorResponses(400, 401) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        let q = db().selectFrom('notifications').selectAll().where('user_id', '=', actor.userId);
        if (request.query.unreadOnly === 'true') q = q.where('read_at', 'is', null);
        const [rows, unread] = await Promise.all([
          q.orderBy('id', 'desc').limit(request.query.limit).execute(),
          db().selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', actor.userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
        ]);
        const en = requestLocale(request) === 'en';
        return {
          notifications: rows.map((r) => ({
            id: Number(r.id),
            kind: r.kind,
            title: (en && r.title_en) || r.title,
            body: (en && r.body_en) || r.body,
            link: r.link,
            createdAt: r.created_at,
            readAt: r.read_at,
          })),
          unread: Number(unread.n),
        };
      },
    );

    app.post(
      '/notifications/read',
      {
        schema: {
          tags,
          summary: 'Mark some (ids) or all of my notifications read',
          body: z.object({ ids: z.array(z.number().int().positive()).max(500).optional() }),
          response: { 204: noContent, ...errorResponses(400, 401) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        let q = db().updateTable('notifications').set({ read_at: ctx.clock.now().toISOString() }).where('user_id', '=', actor.userId).where('read_at', 'is', null);
        if (request.body.ids) q = q.where('id', 'in', request.body.ids.length ? request.body.ids : [0]);
        await q.execute();
        return reply.status(204).send();
      },
    );
  };
}
