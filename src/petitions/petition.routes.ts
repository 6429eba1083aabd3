import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { requestLocale } from '../platform/http/locale.ts';
import { actOnPetition } from './act-on-petition.ts';
import { countPetitionsByStep, findPetitions, findRelated, searchQuerySchema } from './find-petitions.ts';
import { getPetitionById } from './get-petition.ts';
import { orgLookup } from './org-lookup.ts';
import { actionResultSchema, petitionPageSchema, stepCountsSchema, petitionViewSchema, relatedResponseSchema, staffReceiptSchema, unmaskedPetitionerSchema } from './petition.responses.ts';
import { actionBodySchema, idParams, registerBodySchema, relatedBodySchema, unmaskBodySchema } from './petition.schemas.ts';
import { changeExclusion } from './exclude-staff.ts';
import { registerPetition } from './register-petition.ts';
import { unmaskPetitioner } from './unmask-petitioner.ts';
import { hasRoleOn } from '../accounts/actor.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';

const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });

/** Staff routes: thin — parse, authorise, call one use case, present. */
export function petitionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/petitions',
      {
        schema: {
          tags: ['petitions'],
          summary: 'Register a petition (letter, visit, call …)',
          description: 'A repeated Idempotency-Key answers 200 with the first registration’s receipt.',
          body: registerBodySchema,
          headers: idempotencyHeader,
          response: { 201: staffReceiptSchema, 200: staffReceiptSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'clerk');
        const body = request.body;
        const orgId = body.registeringOrgId ?? actor.orgId;
        const org = await orgLookup(ctx).get(orgId);
        if (!hasRoleOn(actor, org.path, 'clerk')) throw new AppError('forbidden', 'forbidden', { zh: '只能以本人有登记权限的机构登记', en: 'You can register only for an organisation where you are a clerk' });
        const receipt = await registerPetition(ctx, {
          ...body,
          registeringOrgId: orgId,
          receivedBy: body.channel === 'visit' ? actor.userId : null,
          actor: { kind: 'staff', userId: actor.userId, orgId: actor.orgId },
          idempotencyKey: request.headers['idempotency-key'],
        });
        const related = await findRelated(ctx, actor, { text: `${body.title}\n${body.content}`, respondentText: body.respondentText, petitioner: body.petitioners[0], excludeId: receipt.id });
        return reply.status(receipt.replayed ? 200 : 201).send({ ...receipt, related });
      },
    );

    app.get('/petitions', { schema: { tags: ['petitions'], summary: 'Inbox and search', querystring: searchQuerySchema, response: { 200: petitionPageSchema, ...errorResponses(400, 401) } } }, async (request) =>
      findPetitions(ctx, requireActor(request), request.query, requestLocale(request)),
    );

    app.get('/petitions/counts', { schema: { tags: ['petitions'], summary: 'How many cases each step holds, under the inbox filters', querystring: searchQuerySchema.omit({ step: true, sort: true, cursor: true, limit: true }), response: { 200: stepCountsSchema, ...errorResponses(400, 401) } } }, async (request) =>
      countPetitionsByStep(ctx, requireActor(request), request.query),
    );

    const exclusionBody = z.object({
      userId: z.number().int().positive().optional().describe('Whom to exclude; yourself when left out'),
      reason: z.string().trim().min(2).max(500),
    });
    const exclusionResponse = z.object({ excludedUserIds: z.array(z.number().int()) }).meta({ id: 'Exclusions' });
    app.post('/petitions/:id/exclusions', { schema: { tags: ['petitions'], summary: 'Exclude a member of staff (or yourself) from a case for a conflict of interest', params: idParams, body: exclusionBody, response: { 200: exclusionResponse, ...errorResponses(400, 401, 403, 404, 409) } } }, async (request) => {
      const actor = requireActor(request);
      return changeExclusion(ctx, actor, request.params.id, { kind: 'exclude', userId: request.body.userId ?? actor.userId, reason: request.body.reason });
    });
    app.post('/petitions/:id/exclusions/reinstate', { schema: { tags: ['petitions'], summary: 'Let an excluded member of staff work on the case again', params: idParams, body: exclusionBody.required({ userId: true }), response: { 200: exclusionResponse, ...errorResponses(400, 401, 403, 404, 409) } } }, async (request) => {
      const actor = requireActor(request);
      return changeExclusion(ctx, actor, request.params.id, { kind: 'reinstate', userId: request.body.userId, reason: request.body.reason });
    });

    app.post('/petitions/related', { schema: { tags: ['petitions'], summary: 'Related petitions proposed while registering', body: relatedBodySchema, response: { 200: relatedResponseSchema, ...errorResponses(400, 401, 403) } } }, async (request) => ({
      related: await findRelated(ctx, requireRole(request, 'clerk', 'handler', 'approver'), request.body),
    }));

    app.get('/petitions/:id', { schema: { tags: ['petitions'], summary: 'One case with its timeline, deadlines and documents', params: idParams, response: { 200: petitionViewSchema, ...errorResponses(400, 401, 404) } } }, async (request) =>
      getPetitionById(ctx, requireActor(request), request.params.id, requestLocale(request)),
    );

    app.post('/petitions/:id/actions', { schema: { tags: ['petitions'], summary: 'Take a step of the procedure', params: idParams, body: actionBodySchema, response: { 200: actionResultSchema, ...errorResponses(400, 401, 403, 404, 409) } } }, async (request) => {
      const actor = requireActor(request);
      const { eventIds } = await actOnPetition(ctx, { kind: 'staff', actor }, request.params.id, request.body);
      try {
        return await getPetitionById(ctx, actor, request.params.id, requestLocale(request));
      } catch (error) {
        // The action may hand the case to an organisation the actor cannot see (an objection sends it back).
        if (error instanceof AppError && error.kind === 'notFound') return { id: request.params.id, eventIds, visible: false as const };
        throw error;
      }
    });

    app.post(
      '/petitions/:id/petitioners/:petitionerId/unmask',
      {
        schema: {
          tags: ['petitions'],
          summary: 'Show one petitioner’s personal data (reason required, logged)',
          params: idParams.extend({ petitionerId: z.coerce.number().int().positive() }),
          body: unmaskBodySchema,
          response: { 200: unmaskedPetitionerSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => unmaskPetitioner(ctx, requireActor(request), request.params.id, request.params.petitionerId, request.body.reason),
    );
  };
}
