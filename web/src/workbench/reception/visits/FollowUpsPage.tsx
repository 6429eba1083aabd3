import { Alert, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../admin/usePageTitle.ts';
import { FollowUpsTable } from './FollowUpsTable.tsx';
import { useFollowUps } from './visits.api.ts';
import './visits.css';

type Filter = 'open' | 'done';

/** Promises made at receptions that the caller's units answer for: open ones, overdue first. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const title = usePageTitle('visits.followUps.pageTitle');
  const [filter, setFilter] = useState<Filter>('open');
  const list = useFollowUps(filter);
  const overdue = list.data?.items.filter((f) => f.overdue).length ?? 0;
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Space wrap className="visits-toolbar">
        <Segmented<Filter>
          aria-label={t('visits.followUps.filter')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: t('visits.followUps.open') },
            { value: 'done', label: t('visits.followUps.done') },
          ]}
        />
        {filter === 'open' && overdue > 0 && <Typography.Text type="danger">{t('visits.followUps.overdueCount', { count: overdue })}</Typography.Text>}
      </Space>
      {list.error && <Alert type="error" showIcon role="alert" title={list.error.message} />}
      {/* Overdue ones have the earliest due dates, so the server's order puts them first. */}
      <FollowUpsTable items={list.data?.items ?? []} showCase />
    </>
  );
}
