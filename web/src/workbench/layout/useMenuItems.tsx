import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { workbenchRoutes } from '../routes.tsx';
import { hasRole, useSession } from '../session/session.ts';

type Item = NonNullable<MenuProps['items']>[number];

/** The side menu for this user's roles, and the entry the current page belongs to. */
export function useMenuItems(): { items: Item[]; selected: string | undefined } {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const entries = workbenchRoutes
    .flatMap((r) => (r.menu && hasRole(user, ...r.menu.roles) ? [r.menu] : []))
    .sort((a, b) => a.order - b.order);
  const items: Item[] = [];
  const groups = new Map<string, Item[]>();
  for (const m of entries) {
    const item: Item = { key: m.to, icon: m.icon, label: t(m.labelKey) };
    if (!m.groupKey) items.push(item);
    else if (groups.has(m.groupKey)) groups.get(m.groupKey)?.push(item);
    else {
      const children = [item];
      groups.set(m.groupKey, children);
      items.push({ key: `group:${m.groupKey}`, icon: m.icon, label: t(m.groupKey), children });
    }
  }
  // The longest menu path that prefixes the page's path ('/' only for itself and case pages).
  const selected = entries
    .map((m) => m.to)
    .filter((to) => (to === '/' ? pathname === '/' || pathname.startsWith('/cases/') : pathname === to || pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return { items, selected };
}
