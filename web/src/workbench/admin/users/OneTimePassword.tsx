import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../labels.ts';
import type { User } from './users.api.ts';

/** The generated password, shown this once: the server keeps only its hash and cannot show it again. */
export function OneTimePassword({ user, password }: { user: User; password: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: t('admin.users.displayName'), children: user.displayName },
          { key: 'username', label: t('admin.users.username'), children: user.username },
          { key: 'org', label: t('admin.users.organization'), children: user.organizationName },
          { key: 'roles', label: t('admin.users.roles'), children: user.grants.map((g) => roleLabel(t, g.role)).join('、') || t('admin.users.noRoles') },
        ]}
      />
      {password && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('admin.users.oneTimePassword')}
          description={
            <>
              <Typography.Text code copyable={{ text: password, tooltips: [t('admin.copy'), t('admin.copied')] }} className="adm-password" data-testid="one-time-password">
                {password}
              </Typography.Text>
              <p style={{ margin: '8px 0 0' }}>{t('admin.users.oneTimeHint')}</p>
            </>
          }
        />
      )}
    </div>
  );
}
