import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { appointmentRoutes } from './appointment.routes.ts';
import { dayRoles } from './reception-day.policy.ts';
import { receptionDayPublicRoutes } from './reception-day.public-routes.ts';
import { cancelDayBodySchema, createDayBodySchema, dayRangeQuerySchema, idParams, staffDayListSchema, updateDayBodySchema } from './reception-day.schemas.ts';
import { dayChangeResultSchema, dayDetailSchema } from './appointment.schemas.ts';
import { cancelReceptionDay, createReceptionDay, findReceptionDays, getReceptionDayDetail, updateReceptionDay } from './reception-day.service.ts';

const tags = ['reception'];

/** Reception days and appointments: staff routes here, the public side and bookings beside. */
export function receptionDayRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(receptionDayPublicRoutes(ctx));
    await app.register(appointmentRoutes(ctx));

    app.get(
      '/reception-days',
      { schema: { tags, summary: 'Reception days in my remit, upcoming unless a range is given', querystring: dayRangeQuerySchema, response: { 200: staffDayListSchema, ...errorResponses(400, 401, 403) } } },
      async (request) => ({ days: await findReceptionDays(ctx, requireRole(request, ...dayRoles), request.query) }),
    );

    app.post(
      '/reception-days',
      { schema: { tags, summary: 'Publish a leaders’ reception day', body: createDayBodySchema, response: { 201: dayDetailSchema, ...errorResponses(400, 401, 403) } } },
      async (request, reply) => reply.status(201).send(await createReceptionDay(ctx, requireRole(request, ...dayRoles), request.body)),
    );

    app.get(
      '/reception-days/:id',
      { schema: { tags, summary: 'One reception day with its appointments by slot (names and phones masked)', params: idParams, response: { 200: dayDetailSchema, ...errorResponses(400, 401, 403, 404) } } },
      async (request) => getReceptionDayDetail(ctx, requireRole(request, ...dayRoles), request.params.id),
    );

    app.put(
      '/reception-days/:id',
      {
        schema: {
          tags,
          summary: 'Change a reception day; those who booked are told',
          description: 'Bookings whose slot the change removes are kept and marked needsNewTime; fewer places than a slot holds is refused (409).',
          params: idParams,
          body: updateDayBodySchema,
          response: { 200: dayChangeResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => updateReceptionDay(ctx, requireRole(request, ...dayRoles), request.params.id, request.body),
    );

    app.post(
      '/reception-days/:id/cancel',
      { schema: { tags, summary: 'Cancel a reception day with a reason; those who booked are told', params: idParams, body: cancelDayBodySchema, response: { 200: dayChangeResultSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request) => cancelReceptionDay(ctx, requireRole(request, ...dayRoles), request.params.id, request.body),
    );
  };
}
