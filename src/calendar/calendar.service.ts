import type { AppContext } from '../platform/context.ts';
import type { Database } from '../platform/database/database.ts';
import { type CalendarOverride, WorkingCalendar } from './working-calendar.ts';

// The working calendar changes only when an administrator edits it, so each process keeps one
// built calendar per database and rebuilds it after such an edit (or after a minute, for changes
// made by another process).
const cache = new WeakMap<Database, { calendar: WorkingCalendar; loadedAt: number }>();
const maxAgeMs = 60_000;

export async function getWorkingCalendar(ctx: Pick<AppContext, 'database'>): Promise<WorkingCalendar> {
  const hit = cache.get(ctx.database);
  if (hit && Date.now() - hit.loadedAt < maxAgeMs) return hit.calendar;
  const db = ctx.database.db;
  const [overrides, years] = await Promise.all([
    db.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).execute(),
    db.selectFrom('calendar_years').select('year').execute(),
  ]);
  const calendar = new WorkingCalendar({
    overrides: overrides as CalendarOverride[],
    enteredYears: years.map((y) => Number(y.year)),
  });
  cache.set(ctx.database, { calendar, loadedAt: Date.now() });
  return calendar;
}

export function invalidateWorkingCalendar(database: Database): void {
  cache.delete(database);
}
