import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { appointmentSchema, attendanceBodySchema, staffBookingBodySchema, staffBookingResultSchema, unmaskBodySchema, unmaskedAppointmentSchema } from './appointment.schemas.ts';
import { bookForCaller, markAttendance, unmaskAppointment } from './appointment.staff.ts';
import { dayRoles } from './reception-day.policy.ts';
import { idParams } from './reception-day.schemas.ts';

const tags = ['reception'];

/** Staff handling of bookings: booking for a caller, attendance, and unmasking with a logged reason. */
export function appointmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/reception-days/:id/appointments',
      {
        schema: {
          tags,
          summary: 'Book a place for someone who phoned',
          description: 'A repeated Idempotency-Key answers 200 with the first booking.',
          params: idParams,
          body: staffBookingBodySchema,
          headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
          response: { 201: staffBookingResultSchema, 200: staffBookingResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const result = await bookForCaller(ctx, requireRole(request, ...dayRoles), request.params.id, { ...request.body, idempotencyKey: request.headers['idempotency-key'] });
        const { id: _id, ...receipt } = result.receipt;
        return reply.status(receipt.replayed ? 200 : 201).send({ receipt, appointment: result.appointment });
      },
    );

    app.post(
      '/appointments/:id/attendance',
      { schema: { tags, summary: 'Record that the person came or did not', params: idParams, body: attendanceBodySchema, response: { 200: appointmentSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request) => markAttendance(ctx, requireRole(request, ...dayRoles), request.params.id, request.body.status),
    );

    app.post(
      '/appointments/:id/unmask',
      { schema: { tags, summary: 'The name, phone and e-mail in clear; the reason is logged', params: idParams, body: unmaskBodySchema, response: { 200: unmaskedAppointmentSchema, ...errorResponses(400, 401, 403, 404) } } },
      async (request) => unmaskAppointment(ctx, requireRole(request, ...dayRoles), request.params.id, request.body.reason),
    );
  };
}
