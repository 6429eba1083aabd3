import type { ReactNode } from 'react';
import { adminRoutes } from './admin/admin.routes.tsx';
import { coreRoutes } from './core.routes.tsx';
import { receptionDayRoutes } from './reception/days/days.routes.tsx';
import { dutyRoutes } from './reception/duty/duty.routes.tsx';
import { visitRoutes } from './reception/visits/visits.routes.tsx';
import { supervisionRoutes } from './supervision/supervision.routes.tsx';
import type { Role } from './types.ts';

/**
 * One page (or family of pages) of the workbench, rendered inside the signed-in layout.
 * Each area declares its own in its own file (core.routes.tsx, supervision/supervision.routes.tsx,
 * admin/admin.routes.tsx), so areas built in parallel never edit the same file.
 */
export interface AreaRoute {
  /** A react-router path: '/', '/cases/:id', '/admin/*' … */
  path: string;
  element: ReactNode;
  /** An entry of the side menu, shown to users holding one of `roles` on any organisation. */
  menu?: {
    /** Where the entry leads; also decides which entry is highlighted (longest prefix wins). */
    to: string;
    /** i18n key of the label. */
    labelKey: string;
    icon?: ReactNode;
    roles: readonly Role[];
    /** Entries sort by this (core pages use 10–29, reception 30–39, supervision 40–49, administration 50–69). */
    order: number;
    /** i18n key of a submenu to put the entry in; entries with the same key share it. */
    groupKey?: string;
  };
}

export const workbenchRoutes: AreaRoute[] = [...coreRoutes, ...receptionDayRoutes, ...visitRoutes, ...dutyRoutes, ...supervisionRoutes, ...adminRoutes];
