import { AlertOutlined } from '@ant-design/icons';
import { ReadableText } from '../admin/ReadableText.tsx';
import type { AreaRoute } from '../routes.tsx';
import { SupervisionPage } from './SupervisionPage.tsx';

// Supervisors and leaders watch deadlines across their subtree (the API answers 403 to others).
export const supervisionRoutes: AreaRoute[] = [
  {
    path: '/supervision',
    element: (
      <ReadableText>
        <SupervisionPage />
      </ReadableText>
    ),
    menu: { to: '/supervision', labelKey: 'app.menu.supervision', icon: <AlertOutlined />, roles: ['supervisor', 'leader'], order: 40 },
  },
];
