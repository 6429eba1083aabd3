import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { api, call } from '../../shared/api.ts';

export type Notification = components['schemas']['Notification'];

export const notificationsKey = ['notifications'] as const;
export const ownEmailKey = ['ownEmail'] as const;

/**
 * My latest notifications and the unread count, asked again every 30 s while the workbench is open,
 * and at once in the other language when the reader switches.
 */
export function useNotifications() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...notificationsKey, i18n.language],
    queryFn: () => call(api.GET('/api/notifications', { params: { query: { limit: 50 } } })),
    refetchInterval: 30_000,
  });
}

export const markRead = (ids?: number[]) => call(api.POST('/api/notifications/read', { body: ids ? { ids } : {} }));

export function useOwnEmail(enabled: boolean) {
  return useQuery({ queryKey: ownEmailKey, queryFn: () => call(api.GET('/api/users/me/email')), enabled });
}

export const setOwnEmail = (email: string | null) => call(api.PUT('/api/users/me/email', { body: { email } }));
