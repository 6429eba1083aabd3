import { useQuery } from '@tanstack/react-query';
import type { components, paths } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';

export type Visit = components['schemas']['Visit'];
export type VisitRecorded = components['schemas']['VisitRecorded'];
export type FollowUp = components['schemas']['FollowUp'];
export type GroupVisit = components['schemas']['GroupVisit'];
export type GroupVisitItem = components['schemas']['GroupVisitItem'];
export type GroupVisitRegistered = components['schemas']['GroupVisitRegistered'];
export type ReceiverLevel = components['schemas']['GroupVisitReceiver'];
export type People = components['schemas']['UnmaskedReceptionPeople']['people'];
export type RecordVisitBody = paths['/api/visits']['post']['requestBody']['content']['application/json'];
export type RegisterGroupBody = paths['/api/group-visits']['post']['requestBody']['content']['application/json'];
export type ReceptionBody = paths['/api/group-visits/{id}/reception']['post']['requestBody']['content']['application/json'];
export type PromiseBody = NonNullable<RecordVisitBody['promises']>[number];
export type InstructionBody = paths['/api/visits/{id}/instruction']['post']['requestBody']['content']['application/json'];

export const visitsKeys = {
  visit: (id: number) => ['visits', 'visit', id] as const,
  visits: ['visits', 'list'] as const,
  groups: (status: string) => ['visits', 'groups', status] as const,
  group: (id: number) => ['visits', 'group', id] as const,
  followUps: (status: string) => ['visits', 'followUps', status] as const,
};

export const useVisit = (id: number) => useQuery({ queryKey: visitsKeys.visit(id), queryFn: () => call(api.GET('/api/visits/{id}', { params: { path: { id } } })) });
export const useRecentVisits = () => useQuery({ queryKey: visitsKeys.visits, queryFn: () => call(api.GET('/api/visits', { params: { query: { limit: 20 } } })) });
// Waiting groups change by the minute: refetch often, the clock itself ticks in the browser.
export const useGroupVisits = (status: 'waiting' | 'received' | 'closed' | 'all') =>
  useQuery({ queryKey: visitsKeys.groups(status), queryFn: () => call(api.GET('/api/group-visits', { params: { query: { status } } })), refetchInterval: 60_000 });
export const useGroupVisit = (id: number) => useQuery({ queryKey: visitsKeys.group(id), queryFn: () => call(api.GET('/api/group-visits/{id}', { params: { path: { id } } })), refetchInterval: 60_000 });
export const useFollowUps = (status: 'open' | 'done' | 'all') =>
  useQuery({ queryKey: visitsKeys.followUps(status), queryFn: () => call(api.GET('/api/follow-ups', { params: { query: { status } } })) });

export const recordVisit = (body: RecordVisitBody) => call(api.POST('/api/visits', { body }));
export const instructAtVisit = (id: number, body: InstructionBody) => call(api.POST('/api/visits/{id}/instruction', { params: { path: { id } }, body }));
export const unmaskVisitors = (id: number, reason: string) => call(api.POST('/api/visits/{id}/visitors/unmask', { params: { path: { id } }, body: { reason } }));
export const registerGroupVisit = (body: RegisterGroupBody) => call(api.POST('/api/group-visits', { body }));
export const recordReception = (id: number, body: ReceptionBody) => call(api.POST('/api/group-visits/{id}/reception', { params: { path: { id } }, body }));
export const summarize = (id: number, summary: string) => call(api.POST('/api/group-visits/{id}/summary', { params: { path: { id } }, body: { summary } }));
export const unmaskMembers = (id: number, reason: string) => call(api.POST('/api/group-visits/{id}/members/unmask', { params: { path: { id } }, body: { reason } }));
export const markDone = (id: number, outcome: string) => call(api.POST('/api/follow-ups/{id}/done', { params: { path: { id } }, body: { outcome } }));

/** The server's clock minus the browser's, so a countdown agrees with the server whatever the browser's time. */
export const clockOffset = (serverNow: string): number => Date.parse(serverNow) - Date.now();
