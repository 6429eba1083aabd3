import { ScheduleOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { Suspense, lazy } from 'react';
import { ReadableText } from '../../admin/ReadableText.tsx';
import type { AreaRoute } from '../../routes.tsx';

// Opened by the few who keep or check the roster: loaded on first visit.
const DutyRosterPage = lazy(async () => ({ default: (await import('./DutyRosterPage.tsx')).DutyRosterPage }));

// Reception pages (menu order 30–39, group 'app.menu.reception'). The API decides per office.
export const dutyRoutes: AreaRoute[] = [
  {
    path: '/reception/duty',
    element: (
      <ReadableText>
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
          <DutyRosterPage />
        </Suspense>
      </ReadableText>
    ),
    menu: { to: '/reception/duty', labelKey: 'duty.menu', icon: <ScheduleOutlined aria-hidden />, roles: ['admin', 'approver', 'leader', 'clerk'], order: 38, groupKey: 'app.menu.reception' },
  },
];
