import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';
import type { Role } from '../../types.ts';

export type User = components['schemas']['User'];

export interface UserFilter {
  organizationId?: number | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export const usersKey = ['admin', 'users'] as const;
export const userKey = (id: number) => ['admin', 'users', id] as const;

export function useUsers(f: UserFilter) {
  return useQuery({
    queryKey: [...usersKey, f],
    queryFn: () => call(api.GET('/api/users', { params: { query: { organizationId: f.organizationId, q: f.q || undefined, limit: f.pageSize, offset: (f.page - 1) * f.pageSize } } })),
    placeholderData: (previous) => previous,
  });
}

export function useUser(id: number | undefined) {
  return useQuery({ queryKey: userKey(id ?? 0), queryFn: () => call(api.GET('/api/users/{id}', { params: { path: { id: id ?? 0 } } })), enabled: id !== undefined });
}

export const createUser = (body: { username: string; displayName: string; organizationId: number; roles: Role[]; email?: string | undefined }) => call(api.POST('/api/users', { body }));

/** Sets or (with '' or null) clears a user's e-mail address for notifications. */
export const setUserEmail = (userId: number, email: string | null) => call(api.PATCH('/api/users/{id}', { params: { path: { id: userId } }, body: { email } }));

export const addGrant = (userId: number, role: Role, organizationId: number) => call(api.POST('/api/users/{id}/grants', { params: { path: { id: userId } }, body: { role, organizationId } }));

export const removeGrant = (userId: number, grantId: number) => call(api.DELETE('/api/users/{id}/grants/{grantId}', { params: { path: { id: userId, grantId } } }));
