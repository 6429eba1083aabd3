import { z } from 'zod';
import { instantOut, localDateOut } from '../platform/http/response.schemas.ts';

// The calendar's request and response shapes: validation, types and the OpenAPI document.
export const calendarDaySchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), kind: z.enum(['workday', 'restday']), name: z.string().trim().min(1).max(50) });

export const calendarViewSchema = z
  .object({
    bundledLastYear: z.number().int().describe('The last year whose holidays ship with this release'),
    lastAnnouncedYear: z.number().int().describe('Due dates after this year are provisional'),
    enteredYears: z.array(z.object({ year: z.number().int(), enteredAt: instantOut })),
    overrides: z.array(z.object({ date: localDateOut, kind: z.enum(['workday', 'restday']), name: z.string() })).describe('Days an administrator entered'),
    openProvisionalDeadlines: z.number().int(),
  })
  .meta({ id: 'CalendarView', description: 'The working calendar' });

export const yearEnteredSchema = z
  .object({
    recomputed: z.number().int().describe('Open provisional due dates computed again'),
    changed: z.number().int().describe('Of those, the ones that moved (each is an event in its case)'),
  })
  .meta({ id: 'YearEntered' });
