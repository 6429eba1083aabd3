import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../common/format.ts';
import { roleLabel } from '../labels.ts';
import type { User } from './users.api.ts';

interface Props {
  users: User[];
  total: number;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
  onGrants: (userId: number) => void;
}

/** One row per account: who, where, which roles on which subtree, and whether it can be used yet. */
export function UsersTable({ users, total, loading, page, onPage, onGrants }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<User> = [
    { title: t('admin.users.col.name'), dataIndex: 'displayName', width: 140 },
    { title: t('admin.users.col.username'), dataIndex: 'username', width: 150 },
    { title: t('admin.users.col.organization'), dataIndex: 'organizationName', width: 200, ellipsis: true },
    { title: t('admin.users.col.email'), dataIndex: 'email', width: 200, ellipsis: true, render: (v: string | null) => v ?? <span className="adm-muted">{t('admin.users.noEmail')}</span> },
    {
      title: t('admin.users.col.roles'),
      dataIndex: 'grants',
      render: (_: unknown, u) =>
        u.grants.length === 0
          ? <span className="adm-muted">{t('admin.users.noRoles')}</span>
          : u.grants.map((g) => (
              <Tag key={g.id} className="adm-grant">
                {roleLabel(t, g.role)}
                {g.organizationId !== u.organizationId && <span className="adm-muted"> @ {g.organizationName}</span>}
              </Tag>
            )),
    },
    {
      title: t('admin.users.col.status'),
      key: 'status',
      width: 120,
      render: (_: unknown, u) => (u.disabled ? <Tag>{t('admin.users.disabled')}</Tag> : u.mustChangePassword ? <Tag color="gold">{t('admin.users.mustChange')}</Tag> : <Tag color="green">{t('admin.users.active')}</Tag>),
    },
    { title: t('admin.users.col.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatInstant(v) },
    {
      title: t('admin.users.col.actions'),
      key: 'actions',
      width: 130,
      render: (_: unknown, u) => (
        <Button size="small" onClick={() => onGrants(u.id)} aria-label={t('admin.users.editRolesOf', { name: u.displayName })}>
          {t('admin.users.editRoles')}
        </Button>
      ),
    },
  ];
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      loading={loading}
      scroll={{ x: 1200 }}
      pagination={{ current: page, pageSize: 20, total, onChange: onPage, showSizeChanger: false, showTotal: (n) => t('admin.users.total', { count: n }) }}
      locale={{ emptyText: t('admin.users.none') }}
    />
  );
}
