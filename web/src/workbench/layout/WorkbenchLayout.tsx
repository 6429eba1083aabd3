import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useMenuItems } from './useMenuItems.tsx';
import './layout.css';

/** The signed-in frame: side menu by role, the user and the language at the top, the page inside. */
export function WorkbenchLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { items, selected } = useMenuItems();
  return (
    <Layout className="wb-layout">
      <a href="#main" className="wb-skip">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider breakpoint="lg" collapsedWidth={56} width={200} theme="light" className="wb-sider">
        <Link to="/" className="wb-brand">
          {t('app.workbenchTitle')}
        </Link>
        <nav aria-label={t('app.mainMenu')}>
          <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} onClick={({ key }) => void navigate(key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="wb-header">
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu />
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="wb-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
