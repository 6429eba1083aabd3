import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';
import type { CalendarDay } from './arrangement.ts';

export type CalendarView = components['schemas']['CalendarView'];
export type YearEntered = components['schemas']['YearEntered'];

export const calendarKey = ['admin', 'calendar'] as const;

export function useCalendar() {
  return useQuery({ queryKey: calendarKey, queryFn: () => call(api.GET('/api/calendar')) });
}

export function enterYear(year: number, days: CalendarDay[]): Promise<YearEntered> {
  return call(api.PUT('/api/calendar/years/{year}', { params: { path: { year } }, body: { days } }));
}
