import { CalendarOutlined } from '@ant-design/icons';
import type { AreaRoute } from '../../routes.tsx';
import { DayPage } from './DayPage.tsx';
import { DaysPage } from './DaysPage.tsx';

// Leaders' reception days and their bookings, for the clerks, leaders and administrators who arrange them.
export const receptionDayRoutes: AreaRoute[] = [
  {
    path: '/reception/days',
    element: <DaysPage />,
    menu: { to: '/reception/days', labelKey: 'receptionDays.menu', icon: <CalendarOutlined aria-hidden />, roles: ['clerk', 'leader', 'admin'], order: 30, groupKey: 'app.menu.reception' },
  },
  { path: '/reception/days/:id', element: <DayPage /> },
];
