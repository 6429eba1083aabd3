import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import { useDebounced } from '../../common/useDebounced.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { CreateUserDialog } from './CreateUserDialog.tsx';
import { GrantsDrawer } from './GrantsDrawer.tsx';
import { UsersTable } from './UsersTable.tsx';
import { useUsers } from './users.api.ts';
import '../admin.css';

/** Staff accounts of the organisations the administrator administers, and their role grants. */
export function UsersPage() {
  const { t } = useTranslation();
  const title = usePageTitle('admin.users.title');
  const [organizationId, setOrganizationId] = useState<number>();
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [grantsOf, setGrantsOf] = useState<number>();
  const q = useDebounced(text.trim(), 300);
  const users = useUsers({ organizationId, q, page, pageSize: 20 });
  return (
    <>
      <div className="adm-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('admin.users.create')}
        </Button>
      </div>
      <Space wrap className="adm-filters">
        <div style={{ width: 280 }}>
          <OrgTreeSelect value={organizationId} onChange={(v) => { setOrganizationId(v); setPage(1); }} aria-label={t('admin.users.filterOrg')} placeholder={t('admin.users.filterOrg')} />
        </div>
        <Input.Search allowClear style={{ width: 240 }} aria-label={t('admin.users.search')} placeholder={t('admin.users.search')} value={text} onChange={(e) => { setText(e.target.value); setPage(1); }} />
      </Space>
      {users.error && <Alert type="error" showIcon role="alert" title={users.error.message} />}
      <UsersTable
        users={users.data?.users ?? []}
        total={users.data?.total ?? 0}
        loading={users.isFetching}
        page={page}
        onPage={setPage}
        onGrants={setGrantsOf}
      />
      <CreateUserDialog open={creating} defaultOrgId={organizationId} onClose={() => setCreating(false)} />
      <GrantsDrawer userId={grantsOf} onClose={() => setGrantsOf(undefined)} />
    </>
  );
}
