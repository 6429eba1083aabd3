import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Drawer, Popconfirm, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../labels.ts';
import { AddGrantForm } from './AddGrantForm.tsx';
import { UserEmailForm } from './UserEmailForm.tsx';
import { removeGrant, useUser, usersKey } from './users.api.ts';

/** A user's roles, each on an organisation and everything below it; add or revoke them here. */
export function GrantsDrawer({ userId, onClose }: { userId: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const user = useUser(userId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersKey });
  const revoke = useMutation({ mutationFn: (grantId: number) => removeGrant(userId ?? 0, grantId), onSuccess: refresh });
  const u = user.data;
  return (
    <Drawer open={userId !== undefined} onClose={onClose} title={u ? t('admin.grants.titleOf', { name: u.displayName }) : t('admin.grants.title')} size={480} destroyOnHidden>
      {user.isPending && <Spin />}
      {user.error && <Alert type="error" showIcon role="alert" title={user.error.message} />}
      {u && (
        <>
          <UserEmailForm user={u} onSaved={refresh} />
          <Typography.Paragraph type="secondary">{t('admin.grants.intro')}</Typography.Paragraph>
          {u.grants.length === 0 && <Typography.Paragraph>{t('admin.users.noRoles')}</Typography.Paragraph>}
          <ul className="adm-grants" aria-label={t('admin.grants.current')}>
            {u.grants.map((g) => (
              <li key={g.id}>
                <span>
                  <strong>{roleLabel(t, g.role)}</strong> · {g.organizationName}
                </span>
                <Popconfirm title={t('admin.grants.confirmRevoke', { role: roleLabel(t, g.role), org: g.organizationName })} okText={t('admin.grants.revoke')} cancelText={t('admin.cancel')} onConfirm={() => revoke.mutateAsync(g.id)}>
                  <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('admin.grants.revokeOne', { role: roleLabel(t, g.role), org: g.organizationName })} />
                </Popconfirm>
              </li>
            ))}
          </ul>
          {revoke.error && <Alert type="error" showIcon role="alert" title={revoke.error.message} />}
          <AddGrantForm userId={u.id} defaultOrgId={u.organizationId} onAdded={refresh} />
        </>
      )}
    </Drawer>
  );
}
