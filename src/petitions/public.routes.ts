import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { requestLocale } from '../platform/http/locale.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { actOnPetition } from './act-on-petition.ts';
import { nearestOffice } from './nearest-office.ts';
import { LookupThrottle } from './lookup-throttle.ts';
import { getProfile } from './profile.service.ts';
import { officeListSchema, type PublicCaseView, profileResponseSchema, publicCaseViewSchema, receiptResponseSchema } from './petition.responses.ts';
import { publicActionBodySchema, publicCredentialsSchema, publicSubmitBodySchema } from './petition.schemas.ts';
import { openPublicCase, publicViewJson, publicViewOf } from './public-view.ts';
import { registerPetition } from './register-petition.ts';

/** The petitioner's side: no account — the receipt number and query code open the case. */
export function publicRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const throttle = new LookupThrottle({ maxFailures: 10, windowMs: 15 * 60_000 });
  const open = async (ip: string, receiptNo: string, queryCode: string) => {
    throttle.check(ip);
    try {
      return await openPublicCase(ctx, receiptNo, queryCode);
    } catch (error) {
      throttle.fail(ip);
      throw error;
    }
  };

  return async (app) => {
    app.get('/public/offices', { schema: { tags: ['public'], summary: 'Petition offices that take online submissions', response: { 200: officeListSchema } } }, async () => {
      const rows = await ctx.database.db.selectFrom('organizations').select(['id', 'name', 'path']).where('kind', '=', 'petitionOffice').orderBy('path').execute();
      return { offices: rows.map((r) => ({ id: Number(r.id), name: r.name })) };
    });

    app.get('/public/procedure', { schema: { tags: ['public'], summary: 'The time limits the petitioner is owed', response: { 200: profileResponseSchema } } }, async () => ({ profile: await getProfile(ctx) }));

    app.post(
      '/public/petitions',
      {
        schema: {
          tags: ['public'],
          summary: 'Submit a petition online',
          body: publicSubmitBodySchema,
          headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
          response: { 201: receiptResponseSchema, 200: receiptResponseSchema, ...errorResponses(400, 403, 429) },
        },
        config: { rateLimit: { max: ctx.config.publicRatePerMinute, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const { officeId, consent: _consent, ...body } = request.body;
        const directory = getOrganizationDirectory(ctx);
        const chosen = officeId === undefined ? undefined : await directory.get(officeId);
        const office = officeId === undefined ? nearestOffice((await directory.tree()).all(), body.placeDivisionCode) : chosen?.kind === 'petitionOffice' ? chosen : undefined;
        if (!office) throw new AppError('badRequest', 'unknownOffice', { zh: '请选择受理的信访部门', en: 'Choose a petition office to submit to' });
        const receipt = await registerPetition(ctx, {
          ...body,
          channel: 'online',
          registeringOrgId: office.id,
          receivedBy: null,
          actor: { kind: 'petitioner' },
          idempotencyKey: request.headers['idempotency-key'],
        });
        return reply.status(receipt.replayed ? 200 : 201).send(receipt);
      },
    );

    app.post('/public/lookup', { schema: { tags: ['public'], summary: 'Look up a case by receipt number and query code', body: publicCredentialsSchema, response: { 200: publicCaseViewSchema, ...errorResponses(400, 403, 404, 429) } } }, async (request, reply) => {
      const row = await open(request.ip, request.body.receiptNo, request.body.queryCode);
      // Already JSON (often from the cache), which Fastify sends as it is; the type provider only
      // knows the object form of the same schema.
      const json = await publicViewJson(ctx, row, requestLocale(request));
      return reply.type('application/json; charset=utf-8').send(json as unknown as PublicCaseView);
    });

    app.post('/public/actions', { schema: { tags: ['public'], summary: 'Rate the reply, ask for review or re-review, or withdraw', body: publicActionBodySchema, response: { 200: publicCaseViewSchema, ...errorResponses(400, 403, 404, 409, 429) } } }, async (request) => {
      const row = await open(request.ip, request.body.receiptNo, request.body.queryCode);
      await actOnPetition(ctx, { kind: 'petitioner' }, Number(row.id), request.body.action);
      return publicViewOf(ctx, row, requestLocale(request));
    });
  };
}
