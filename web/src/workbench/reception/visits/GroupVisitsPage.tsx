import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatInstant } from '../../common/format.ts';
import { hasRole, useSession } from '../../session/session.ts';
import { usePageTitle } from '../../admin/usePageTitle.ts';
import { ResponseClock } from './ResponseClock.tsx';
import { type GroupVisitItem, clockOffset, useGroupVisits } from './visits.api.ts';
import './visits.css';

type Filter = 'waiting' | 'all';

/** Groups waiting to be received come first, the most pressing clock at the top. */
export function GroupVisitsPage() {
  const { t } = useTranslation();
  const title = usePageTitle('visits.groups.title');
  const { user } = useSession();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('waiting');
  const groups = useGroupVisits(filter);
  const offset = groups.data ? clockOffset(groups.data.serverNow) : 0;
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Space wrap className="visits-toolbar">
        {hasRole(user, 'clerk', 'leader') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/reception/group-visits/new')}>
            {t('visits.groups.register')}
          </Button>
        )}
        <Segmented<Filter>
          aria-label={t('visits.groups.filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'waiting', label: t('visits.groups.waiting') },
            { value: 'all', label: t('visits.groups.all') },
          ]}
        />
      </Space>
      {groups.error && <Alert type="error" showIcon role="alert" title={groups.error.message} />}
      <Table<GroupVisitItem>
        rowKey="id"
        loading={groups.isPending}
        dataSource={groups.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: filter === 'waiting' ? t('visits.groups.noneWaiting') : t('visits.groups.none') }}
        columns={[
          { title: t('visits.groups.clock'), key: 'clock', render: (_: unknown, g) => <ResponseClock respondBy={g.respondBy} receivedAt={g.receivedAt} offset={offset} /> },
          { title: t('visits.groups.matter'), key: 'title', render: (_: unknown, g) => <Link to={`/reception/group-visits/${g.id}`}>{g.title}</Link> },
          { title: t('visits.groups.headcount'), dataIndex: 'headcount' },
          { title: t('visits.groups.receiver'), key: 'receiver', render: (_: unknown, g) => (g.receiverLevel ? t(`visits.receiver.${g.receiverLevel}`) : '—') },
          { title: t('visits.groups.responsible'), dataIndex: 'responsibleOrgName' },
          { title: t('visits.groups.arrivedAt'), dataIndex: 'arrivedAt', render: (v: string) => formatInstant(v) },
          { title: t('visits.groups.status'), dataIndex: 'status', render: (s: string) => t(`visits.status.${s}`) },
        ]}
      />
    </>
  );
}
