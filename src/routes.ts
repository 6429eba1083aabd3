import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest, FastifyReply } from 'fastify';
import type { AppContext } from './platform/context.ts';
import { authenticate } from './accounts/authenticate.ts';
import { sessionRoutes } from './accounts/session.routes.ts';
import { userRoutes } from './accounts/user.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { attachmentRoutes } from './attachments/attachment.routes.ts';
import { calendarRoutes } from './calendar/calendar.routes.ts';
import { opsRoutes } from './ops/ops.routes.ts';
import { webRoutes } from './web/web.routes.ts';
import { organizationRoutes } from './organizations/organization.routes.ts';
import { adminRoutes } from './petitions/admin.routes.ts';
import { petitionRoutes } from './petitions/petition.routes.ts';
import { publicRoutes } from './petitions/public.routes.ts';
import { supervisionRoutes } from './petitions/supervision.routes.ts';
import { notificationRoutes } from './notifications/notification.routes.ts';
import { dutyRoutes } from './reception/duty.routes.ts';
import { receptionDayRoutes } from './reception/reception-day.routes.ts';
import { visitRoutes } from './reception/visit.routes.ts';

// Every context's routes, mounted under /api (apiRoutes) or at the root (rootRoutes).
export function apiRoutes(ctx: AppContext): FastifyPluginAsyncZod[] {
  void ctx;
  return [
    sessionRoutes(ctx),
    userRoutes(ctx),
    organizationRoutes(ctx),
    auditRoutes(ctx),
    petitionRoutes(ctx),
    publicRoutes(ctx),
    attachmentRoutes(ctx),
    calendarRoutes(ctx),
    adminRoutes(ctx),
    supervisionRoutes(ctx),
    notificationRoutes(ctx),
    receptionDayRoutes(ctx),
    visitRoutes(ctx),
    dutyRoutes(ctx),
  ];
}

export function rootRoutes(ctx: AppContext): FastifyPluginAsyncZod[] {
  return [opsRoutes(ctx), webRoutes()];
}

export function authenticator(ctx: AppContext): ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | undefined {
  return authenticate(ctx);
}
