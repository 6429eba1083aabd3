import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../session/session.ts';

/** Who is signed in, for which organisation; change password and sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user, signOut } = useSession();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('auth.changePassword') },
          { key: 'signOut', icon: <LogoutOutlined aria-hidden />, label: t('auth.signOut') },
        ],
        onClick: ({ key }) => (key === 'signOut' ? void signOut() : void navigate('/password')),
      }}
    >
      <Button type="text" icon={<UserOutlined aria-hidden />} aria-label={t('app.userMenu', { name: user.displayName })} className="wb-user">
        <span className="wb-user-name">{user.displayName}</span>
        <span className="wb-user-org">{user.organizationName}</span>
        <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
