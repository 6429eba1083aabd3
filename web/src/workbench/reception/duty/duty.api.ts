import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';

type S = components['schemas'];
export type Duty = S['Duty'];
export type RosterMonth = S['RosterMonth'];
export type RosterDay = S['RosterDay'];
export type DutyCell = S['DutyCell'];
export type OnDuty = S['OnDuty'];
export type RosterGaps = S['RosterGaps'];
export type DutyShift = S['DutyShift'];

export const duties: readonly Duty[] = ['reception', 'onCall'];

// Every roster query starts with this, so one invalidation after an edit refreshes month, gaps and shifts.
export const dutyKey = ['duty'] as const;

export function useDutyOffices() {
  return useQuery({ queryKey: [...dutyKey, 'offices'], queryFn: () => call(api.GET('/api/duty/offices')), staleTime: 5 * 60_000 });
}

export function useRoster(organizationId: number | undefined, month: string) {
  return useQuery({
    queryKey: [...dutyKey, 'roster', organizationId, month],
    queryFn: () => call(api.GET('/api/duty/roster', { params: { query: { organizationId: organizationId ?? 0, month } } })),
    enabled: organizationId !== undefined,
    placeholderData: (previous) => (previous?.organizationId === organizationId ? previous : undefined),
  });
}

export function useGaps(organizationId: number | undefined) {
  return useQuery({
    queryKey: [...dutyKey, 'gaps', organizationId],
    queryFn: () => call(api.GET('/api/duty/gaps', { params: { query: { organizationId, weeks: 4 } } })),
    enabled: organizationId !== undefined,
  });
}

export function useCandidates(organizationId: number, duty: Duty, enabled = true) {
  return useQuery({
    queryKey: [...dutyKey, 'candidates', organizationId, duty],
    queryFn: () => call(api.GET('/api/duty/candidates', { params: { query: { organizationId, duty } } })),
    enabled,
    staleTime: 60_000,
  });
}

export function useShift(id: number | undefined) {
  return useQuery({
    queryKey: [...dutyKey, 'shift', id],
    queryFn: () => call(api.GET('/api/duty/shifts/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

export const assign = (body: { organizationId: number; day: string; duty: Duty; userIds: number[] }) => call(api.POST('/api/duty/shifts', { body }));

export const fill = (body: { organizationId: number; from: string; to: string; duty: Duty; userIds: number[]; perDay: number; onlyGaps: boolean }) =>
  call(api.POST('/api/duty/shifts/fill', { body }));

export const removeShift = (id: number) => call(api.DELETE('/api/duty/shifts/{id}', { params: { path: { id } } }));

export const swapShift = (id: number, toUserId: number, reason: string) => call(api.POST('/api/duty/shifts/{id}/swap', { params: { path: { id } }, body: { toUserId, reason } }));
