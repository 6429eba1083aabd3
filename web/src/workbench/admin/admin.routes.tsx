import { ApartmentOutlined, AuditOutlined, CalendarOutlined, EyeOutlined, FieldTimeOutlined, TeamOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { type ComponentType, type ReactNode, Suspense, lazy } from 'react';
import type { AreaRoute } from '../routes.tsx';
import type { Role } from '../types.ts';
import { AdminHome } from './AdminHome.tsx';
import { ReadableText } from './ReadableText.tsx';
import { RequireRole } from './RequireRole.tsx';

// Administration pages are opened by few people and rarely: each loads on first visit, keeping
// them out of the bundle every clerk downloads.
const page = (load: () => Promise<Record<string, ComponentType>>, name: string) => lazy(async () => ({ default: (await load())[name] as ComponentType }));
const OrganizationsPage = page(() => import('./organizations/OrganizationsPage.tsx'), 'OrganizationsPage');
const UsersPage = page(() => import('./users/UsersPage.tsx'), 'UsersPage');
const ProfilePage = page(() => import('./profile/ProfilePage.tsx'), 'ProfilePage');
const CalendarPage = page(() => import('./calendar/CalendarPage.tsx'), 'CalendarPage');
const AccessLogPage = page(() => import('./access-log/AccessLogPage.tsx'), 'AccessLogPage');
const AuditVerifyPage = page(() => import('./audit/AuditVerifyPage.tsx'), 'AuditVerifyPage');

const ADMIN: readonly Role[] = ['admin'];
const OVERSIGHT: readonly Role[] = ['auditor', 'admin'];

function guarded(roles: readonly Role[], element: ReactNode): ReactNode {
  return (
    <ReadableText>
      <RequireRole roles={roles}>
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{element}</Suspense>
      </RequireRole>
    </ReadableText>
  );
}

const entry = (path: string, roles: readonly Role[], element: ReactNode, labelKey: string, icon: ReactNode, order: number): AreaRoute => ({
  path,
  element: guarded(roles, element),
  menu: { to: path, labelKey, icon, roles, order },
});

export const adminRoutes: AreaRoute[] = [
  { path: '/admin', element: <AdminHome /> },
  entry('/admin/organizations', ADMIN, <OrganizationsPage />, 'admin.menu.organizations', <ApartmentOutlined />, 50),
  entry('/admin/users', ADMIN, <UsersPage />, 'admin.menu.users', <TeamOutlined />, 51),
  entry('/admin/profile', ADMIN, <ProfilePage />, 'admin.menu.profile', <FieldTimeOutlined />, 52),
  entry('/admin/calendar', ADMIN, <CalendarPage />, 'admin.menu.calendar', <CalendarOutlined />, 53),
  entry('/admin/access-log', OVERSIGHT, <AccessLogPage />, 'admin.menu.accessLog', <EyeOutlined />, 54),
  entry('/admin/audit', OVERSIGHT, <AuditVerifyPage />, 'admin.menu.audit', <AuditOutlined />, 55),
  { path: '/admin/*', element: <AdminHome /> },
];
