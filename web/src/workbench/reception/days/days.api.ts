import { useQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';

export type ReceptionDay = components['schemas']['ReceptionDay'];
export type DayDetail = components['schemas']['ReceptionDayDetail'];
export type ChangeResult = components['schemas']['ReceptionDayChangeResult'];
export type Appointment = components['schemas']['Appointment'];
export type Leader = components['schemas']['ReceptionLeader'];
export type BookingReceipt = components['schemas']['BookingReceipt'];
export type Unmasked = components['schemas']['UnmaskedAppointment'];

type Json<B> = B extends { content: { 'application/json': infer T } } ? T : never;
/** What publishing a day sends: the API's own request body. */
export type DayValues = Json<paths['/api/reception-days']['post']['requestBody']>;
/** What booking for a caller sends, but for the consent the dialog adds. */
export type CallerValues = Omit<Json<paths['/api/reception-days/{id}/appointments']['post']['requestBody']>, 'consent'>;

const yearAgo = () => new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

export const daysKey = ['reception-days'] as const;
export const dayKey = (id: number) => ['reception-days', id] as const;

export function useDays(includePast: boolean) {
  return useQuery({
    queryKey: [...daysKey, 'list', includePast],
    // A year back is enough to look something up; older days stay in the database.
    queryFn: async () => (await call(api.GET('/api/reception-days', { params: { query: includePast ? { from: yearAgo() } : {} } }))).days,
  });
}

export function useDay(id: number, enabled = true) {
  return useQuery({ queryKey: dayKey(id), queryFn: () => call(api.GET('/api/reception-days/{id}', { params: { path: { id } } })), enabled });
}

export const createDay = (body: DayValues) => call(api.POST('/api/reception-days', { body }));

export const updateDay = (id: number, body: Omit<DayValues, 'organizationId'> & { version: number; changeNote: string }) =>
  call(api.PUT('/api/reception-days/{id}', { params: { path: { id } }, body }));

export const cancelDay = (id: number, reason: string, version: number) => call(api.POST('/api/reception-days/{id}/cancel', { params: { path: { id } }, body: { reason, version } }));

export const bookForCaller = (id: number, body: CallerValues, key: string) =>
  call(api.POST('/api/reception-days/{id}/appointments', { params: { path: { id }, header: { 'idempotency-key': key } }, body }));

export const markAttendance = (id: number, status: 'attended' | 'absent') => call(api.POST('/api/appointments/{id}/attendance', { params: { path: { id } }, body: { status } }));

export const unmaskAppointment = (id: number, reason: string) => call(api.POST('/api/appointments/{id}/unmask', { params: { path: { id } }, body: { reason } }));

/** '县长 王某某、副县长 李某' — how leaders are published. */
export const leaderNames = (leaders: readonly Leader[]): string => leaders.map((l) => `${l.title} ${l.name}`.trim()).join('、');
