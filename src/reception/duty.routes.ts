import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../accounts/guard.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses, noContent } from '../platform/http/response.schemas.ts';
import { assignShifts, fillRange, removeShift, swapShift } from './duty-edit.ts';
import { candidatesFor, gapsFor, rosterMonth, shiftDetail, visibleOffices } from './duty-view.ts';
import {
  assignBody, assignResponse, candidatesQuery, dutyCandidatesSchema, dutyOfficesSchema, dutyShiftSchema, fillBody, fillResponse, gapsQuery,
  rosterGapsSchema, rosterMonthSchema, rosterQuery, shiftParams, swapBody,
} from './duty.schemas.ts';

const tags = ['duty'];

// The duty roster, its gaps and swaps.
export function dutyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const present = async (shiftId: number, request: Parameters<typeof requireActor>[0]) => {
    const { shift, office, swaps, userOrgName } = await shiftDetail(ctx, requireActor(request), shiftId);
    return { id: shift.id, organizationId: office.id, organizationName: office.name, day: shift.day, duty: shift.duty, userId: shift.userId, displayName: shift.displayName, userOrganizationName: userOrgName, swaps };
  };
  return async (app) => {
    app.get('/duty/offices', {
      schema: { tags, summary: 'The petition offices whose duty roster you may see (and edit)', response: { 200: dutyOfficesSchema, ...errorResponses(401) } },
    }, async (request) => {
      const offices = await visibleOffices(ctx, requireActor(request));
      return { offices: offices.map(({ office, canEdit }) => ({ id: office.id, name: office.name, canEdit })) };
    });

    app.get('/duty/roster', {
      schema: { tags, summary: "A month of an office's roster: each day's kind from the working calendar, who is on each duty, and the gaps", querystring: rosterQuery, response: { 200: rosterMonthSchema, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => rosterMonth(ctx, requireActor(request), request.query.organizationId, request.query.month));

    app.get('/duty/gaps', {
      schema: { tags, summary: 'Days from today through the coming weeks on which nobody is on a duty', querystring: gapsQuery, response: { 200: rosterGapsSchema, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => gapsFor(ctx, requireActor(request), request.query));

    app.get('/duty/candidates', {
      schema: { tags, summary: 'Who may be put on a duty at an office (enabled staff of its subtree; leaders above it for on-call)', querystring: candidatesQuery, response: { 200: dutyCandidatesSchema, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => ({ people: await candidatesFor(ctx, requireActor(request), request.query.organizationId, request.query.duty) }));

    app.post('/duty/shifts', {
      schema: { tags, summary: 'Put people on a duty on one day', body: assignBody, response: { 201: assignResponse, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request, reply) => {
      const actor = requireActor(request);
      const shifts = await assignShifts(ctx, actor, request.body);
      const tree = await getOrganizationDirectory(ctx).tree();
      return reply.status(201).send({
        shifts: shifts.map((s) => ({ shiftId: s.id, userId: s.userId, displayName: s.displayName, organizationName: tree.get(s.userOrgId)?.name ?? '', swaps: s.swaps })),
      });
    });

    app.post('/duty/shifts/fill', {
      schema: { tags, summary: 'Fill a range of days from an ordered list of people (a rotation)', body: fillBody, response: { 200: fillResponse, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request) => fillRange(ctx, requireActor(request), request.body));

    app.get('/duty/shifts/:id', {
      schema: { tags, summary: 'One shift with the history of its swaps', params: shiftParams, response: { 200: dutyShiftSchema, ...errorResponses(400, 401, 403, 404) } },
    }, async (request) => present(request.params.id, request));

    app.delete('/duty/shifts/:id', {
      schema: { tags, summary: 'Take an assignment off the roster (kept as history)', params: shiftParams, response: { 204: noContent, ...errorResponses(400, 401, 403, 404) } },
    }, async (request, reply) => {
      await removeShift(ctx, requireActor(request), request.params.id);
      return reply.status(204).send();
    });

    app.post('/duty/shifts/:id/swap', {
      schema: { tags, summary: 'Replace the person of a shift with another, giving the reason (recorded)', params: shiftParams, body: swapBody, response: { 200: dutyShiftSchema, ...errorResponses(400, 401, 403, 404, 409) } },
    }, async (request) => {
      await swapShift(ctx, requireActor(request), request.params.id, request.body);
      return present(request.params.id, request);
    });
  };
}
