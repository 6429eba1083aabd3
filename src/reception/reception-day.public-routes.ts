import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { LookupThrottle } from '../petitions/lookup-throttle.ts';
import { getPublicBooking, openBooking, cancelBooking, rescheduleBooking } from './appointment.public.ts';
import { bookingCredentialsSchema, bookingReceiptSchema, publicBookingBodySchema, publicBookingSchema, publicCancelBodySchema, publicRescheduleBodySchema } from './appointment.schemas.ts';
import { bookAppointment } from './appointment.service.ts';
import { listPublicDays, receptionDayFeed } from './reception-day.public.ts';
import { dayRangeQuerySchema, publicDayListSchema } from './reception-day.schemas.ts';

const tags = ['public'];

/** The petitioner's side of reception days: no account; the booking number and code open a booking. */
export function receptionDayPublicRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const throttle = new LookupThrottle({ maxFailures: 10, windowMs: 15 * 60_000 });
  const open = async (ip: string, bookingNo: string, code: string) => {
    throttle.check(ip);
    try {
      return await openBooking(ctx, bookingNo, code);
    } catch (error) {
      throttle.fail(ip);
      throw error;
    }
  };

  return async (app) => {
    app.get(
      '/public/reception-days',
      { schema: { tags, summary: 'Published reception days (default: today … 8 weeks ahead) with places left', querystring: dayRangeQuerySchema, response: { 200: publicDayListSchema, ...errorResponses(400) } } },
      async (request) => listPublicDays(ctx, request.query),
    );

    app.get(
      '/public/reception-days.ics',
      {
        schema: {
          tags,
          summary: 'Reception days as an iCalendar feed to subscribe to',
          response: { 200: { description: 'text/calendar; Asia/Shanghai times; cancelled days as STATUS:CANCELLED', content: { 'text/calendar': { schema: z.string() } } } },
        },
      },
      async (_request, reply) =>
        reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="reception-days.ics"').header('cache-control', 'public, max-age=300').send(await receptionDayFeed(ctx)),
    );

    app.post(
      '/public/appointments',
      {
        schema: {
          tags,
          summary: 'Book a place on a reception day',
          description: 'A repeated Idempotency-Key answers 200 with the first booking.',
          body: publicBookingBodySchema,
          headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
          response: { 201: bookingReceiptSchema, 200: bookingReceiptSchema, ...errorResponses(400, 404, 409, 429) },
        },
        config: { rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const { consent: _consent, ...body } = request.body;
        const key = request.headers['idempotency-key'];
        const { id: _id, ...receipt } = await bookAppointment(ctx, { ...body, channel: 'online', bookedBy: null, idempotencyKey: key ? `public:${key}` : undefined });
        return reply.status(receipt.replayed ? 200 : 201).send(receipt);
      },
    );

    app.post(
      '/public/appointments/lookup',
      { schema: { tags, summary: 'View a booking by its number and code', body: bookingCredentialsSchema, response: { 200: publicBookingSchema, ...errorResponses(400, 404, 429) } } },
      async (request) => getPublicBooking(ctx, await open(request.ip, request.body.bookingNo, request.body.code)),
    );

    app.post(
      '/public/appointments/cancel',
      { schema: { tags, summary: 'Cancel a booking', body: publicCancelBodySchema, response: { 200: publicBookingSchema, ...errorResponses(400, 404, 409, 429) } } },
      async (request) => getPublicBooking(ctx, await cancelBooking(ctx, await open(request.ip, request.body.bookingNo, request.body.code), request.body.reason)),
    );

    app.post(
      '/public/appointments/reschedule',
      { schema: { tags, summary: 'Move a booking to another slot of its day', body: publicRescheduleBodySchema, response: { 200: publicBookingSchema, ...errorResponses(400, 404, 409, 429) } } },
      async (request) => getPublicBooking(ctx, await rescheduleBooking(ctx, await open(request.ip, request.body.bookingNo, request.body.code), request.body.slotStartsAt)),
    );
  };
}
