import type { AreaRoute } from '../../routes.tsx';

// Reception pages (menu order 30–39, group 'reception.menu'): filled in by this area.
export const dutyRoutes: AreaRoute[] = [];
