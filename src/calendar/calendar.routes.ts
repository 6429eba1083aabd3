import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, requireRole } from '../accounts/guard.ts';
import type { AppContext } from '../platform/context.ts';
import { errorResponses } from '../platform/http/response.schemas.ts';
import { calendarDaySchema, calendarViewSchema, yearEnteredSchema } from './calendar.schemas.ts';
import { getWorkingCalendar } from './calendar.service.ts';
import { enterYear } from './enter-year.ts';

export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calendar', { schema: { tags: ['calendar'], summary: 'The working calendar: announced years and administrator entries', response: { 200: calendarViewSchema, ...errorResponses(401) } } }, async (request) => {
      requireActor(request);
      const calendar = await getWorkingCalendar(ctx);
      const [overrides, years] = await Promise.all([
        ctx.database.db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).orderBy('date').execute(),
        ctx.database.db.selectFrom('calendar_years').selectAll().orderBy('year').execute(),
      ]);
      const provisional = await ctx.database.db.selectFrom('deadlines').select((eb) => eb.fn.countAll<number>().as('n')).where('provisional', '=', 1).where('closed_at', 'is', null).executeTakeFirstOrThrow();
      return {
        bundledLastYear: calendar.bundledLastYear,
        lastAnnouncedYear: calendar.lastAnnouncedYear,
        enteredYears: years.map((y) => ({ year: Number(y.year), enteredAt: y.entered_at })),
        overrides,
        openProvisionalDeadlines: Number(provisional.n),
      };
    });

    app.put(
      '/calendar/years/:year',
      { schema: { tags: ['calendar'], summary: 'Enter a year’s official holiday arrangement; provisional due dates are recomputed', params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }), body: z.object({ days: z.array(calendarDaySchema).max(366) }), response: { 200: yearEnteredSchema, ...errorResponses(400, 401, 403) } } },
      async (request) => {
        const actor = requireRole(request, 'admin');
        return enterYear(ctx, actor.userId, { year: request.params.year, days: request.body.days });
      },
    );
  };
}
