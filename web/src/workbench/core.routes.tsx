import { FormOutlined, InboxOutlined } from '@ant-design/icons';
import { CasePage } from './cases/CasePage.tsx';
import { InboxPage } from './inbox/InboxPage.tsx';
import { RegisterPage } from './register/RegisterPage.tsx';
import type { AreaRoute } from './routes.tsx';
import { ChangePasswordPage } from './session/ChangePasswordPage.tsx';

// The pages every petition role works in all day.
export const coreRoutes: AreaRoute[] = [
  {
    path: '/',
    element: <InboxPage />,
    menu: { to: '/', labelKey: 'app.menu.inbox', icon: <InboxOutlined aria-hidden />, roles: ['clerk', 'handler', 'approver', 'supervisor', 'leader', 'auditor'], order: 10 },
  },
  {
    path: '/register',
    element: <RegisterPage />,
    menu: { to: '/register', labelKey: 'app.menu.register', icon: <FormOutlined aria-hidden />, roles: ['clerk'], order: 20 },
  },
  { path: '/cases/:id', element: <CasePage /> },
  { path: '/password', element: <ChangePasswordPage /> },
];
