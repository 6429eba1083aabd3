import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { accessLogSchema, profileResponseSchema } from './petition.responses.ts';
import { getProfile, profileSchema, updateProfile } from './profile.service.ts';

const receptionAccessLogSchema = z
  .object({
    entries: z.array(
      z.object({
        id: z.number().int(),
        accessedAt: z.string(),
        reason: z.string(),
        recordKind: z.string().describe('appointment 预约, visit 接访记录, groupVisit 集体访'),
        recordId: z.number().int(),
        username: z.string(),
        displayName: z.string(),
      }),
    ),
  })
  .meta({ id: 'ReceptionAccessLog' });

const accessLogQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().positive().optional() });

export function adminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/admin/profile', { schema: { tags: ['admin'], summary: 'The procedure profile: time limits and counting rules', response: { 200: profileResponseSchema, ...errorResponses(401, 403) } } }, async (request) => {
      requireRole(request, 'admin', 'supervisor', 'leader');
      return { profile: await getProfile(ctx) };
    });
    app.put('/admin/profile', { schema: { tags: ['admin'], summary: 'Change the procedure profile (applies to periods started from now on)', body: profileSchema, response: { 200: profileResponseSchema, ...errorResponses(400, 401, 403) } } }, async (request) => {
      const actor = requireRole(request, 'admin');
      return { profile: await updateProfile(ctx, actor.userId, request.body) };
    });
    app.get(
      '/admin/access-log',
      { schema: { tags: ['admin'], summary: 'Who saw which personal data, when and why', querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().positive().optional() }), response: { 200: accessLogSchema, ...errorResponses(400, 401, 403) } } },
      async (request) => {
        requireRole(request, 'auditor', 'admin');
        let q = ctx.database.db
          .selectFrom('personal_data_access as a')
          .innerJoin('users as u', 'u.id', 'a.user_id')
          .innerJoin('petitions as p', 'p.id', 'a.petition_id')
          .select(['a.id', 'a.accessed_at', 'a.reason', 'a.petitioner_id', 'a.petition_id', 'u.username', 'u.display_name', 'p.receipt_no'])
          .orderBy('a.id', 'desc')
          .limit(request.query.limit);
        if (request.query.before) q = q.where('a.id', '<', request.query.before);
        const rows = await q.execute();
        return {
          entries: rows.map((r) => ({ id: Number(r.id), accessedAt: r.accessed_at, reason: r.reason, petitionerId: Number(r.petitioner_id), petitionId: Number(r.petition_id), username: r.username, displayName: r.display_name, receiptNo: r.receipt_no })),
        };
      },
    );
    // Reception records (appointments, visits, group visits) keep their own log, paged by its own ids.
    app.get(
      '/admin/access-log/reception',
      { schema: { tags: ['admin'], summary: 'Who saw which personal data of a reception record, when and why', querystring: accessLogQuery, response: { 200: receptionAccessLogSchema, ...errorResponses(400, 401, 403) } } },
      async (request) => {
        requireRole(request, 'auditor', 'admin');
        let q = ctx.database.db
          .selectFrom('reception_data_access as a')
          .innerJoin('users as u', 'u.id', 'a.user_id')
          .select(['a.id', 'a.accessed_at', 'a.reason', 'a.record_kind', 'a.record_id', 'u.username', 'u.display_name'])
          .orderBy('a.id', 'desc')
          .limit(request.query.limit);
        if (request.query.before) q = q.where('a.id', '<', request.query.before);
        const rows = await q.execute();
        return {
          entries: rows.map((r) => ({ id: Number(r.id), accessedAt: r.accessed_at, reason: r.reason, recordKind: r.record_kind, recordId: Number(r.record_id), username: r.username, displayName: r.display_name })),
        };
      },
    );
  };
}
