import { CheckSquareOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import type { AreaRoute } from '../../routes.tsx';
import { FollowUpsPage } from './FollowUpsPage.tsx';
import { GroupVisitPage } from './GroupVisitPage.tsx';
import { GroupVisitsPage } from './GroupVisitsPage.tsx';
import { RecordVisitPage } from './RecordVisitPage.tsx';
import { RegisterGroupVisitPage } from './RegisterGroupVisitPage.tsx';
import { VisitPage } from './VisitPage.tsx';

// Visits, group visits and the promises made at them (menu order 34–37, under reception).
export const visitRoutes: AreaRoute[] = [
  {
    path: '/reception/visits/new',
    element: <RecordVisitPage />,
    menu: { to: '/reception/visits/new', labelKey: 'visits.menu.record', icon: <UserAddOutlined aria-hidden />, roles: ['clerk', 'leader'], order: 34, groupKey: 'app.menu.reception' },
  },
  { path: '/reception/visits/:id', element: <VisitPage /> },
  {
    path: '/reception/group-visits',
    element: <GroupVisitsPage />,
    menu: { to: '/reception/group-visits', labelKey: 'visits.menu.groups', icon: <TeamOutlined aria-hidden />, roles: ['clerk', 'leader'], order: 35, groupKey: 'app.menu.reception' },
  },
  { path: '/reception/group-visits/new', element: <RegisterGroupVisitPage /> },
  { path: '/reception/group-visits/:id', element: <GroupVisitPage /> },
  {
    path: '/reception/follow-ups',
    element: <FollowUpsPage />,
    // The responsible bodies' handlers and approvers record what became of each promise.
    menu: { to: '/reception/follow-ups', labelKey: 'visits.menu.followUps', icon: <CheckSquareOutlined aria-hidden />, roles: ['clerk', 'leader', 'handler', 'approver'], order: 36, groupKey: 'app.menu.reception' },
  },
];
