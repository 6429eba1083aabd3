import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CancelDayDialog } from './CancelDayDialog.tsx';
import { DayFormDialog } from './DayFormDialog.tsx';
import { type ReceptionDay, leaderNames, useDays } from './days.api.ts';
import './days.css';

/** Upcoming reception days in the user's remit, with how full they are. */
export function DaysPage() {
  const { t } = useTranslation();
  const [includePast, setIncludePast] = useState(false);
  const days = useDays(includePast);
  const [editing, setEditing] = useState<ReceptionDay | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<ReceptionDay | null>(null);
  useEffect(() => {
    document.title = `${t('receptionDays.wb.title')} · Redress`;
  }, [t]);

  return (
    <>
      <div className="rdays-head">
        <Typography.Title level={3}>{t('receptionDays.wb.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          {t('receptionDays.wb.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('receptionDays.wb.intro')}</Typography.Paragraph>
      <Space className="rdays-filter">
        <Switch id="rdays-past" checked={includePast} onChange={setIncludePast} />
        <label htmlFor="rdays-past">{t('receptionDays.wb.includePast')}</label>
      </Space>
      {days.error && <Alert type="error" showIcon role="alert" title={days.error.message} />}
      <Table<ReceptionDay>
        rowKey="id"
        loading={days.isPending}
        dataSource={days.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('receptionDays.wb.empty') }}
        columns={[
          {
            title: t('receptionDays.wb.date'),
            key: 'day',
            render: (_, d) => (
              <Link to={`/reception/days/${d.id}`} aria-label={t('receptionDays.wb.openDay', { day: d.day, org: d.organizationName })}>
                {d.day} {d.startsAt}–{d.endsAt}
              </Link>
            ),
          },
          { title: t('receptionDays.wb.organization'), dataIndex: 'organizationName' },
          { title: t('receptionDays.wb.leaders'), key: 'leaders', render: (_, d) => leaderNames(d.leaders) },
          { title: t('receptionDays.wb.place'), dataIndex: 'place' },
          {
            title: t('receptionDays.wb.bookedOfCapacity'),
            key: 'booked',
            render: (_, d) => (
              <Space size={4} wrap>
                <span>
                  {d.booked} / {d.capacity}
                </span>
                {d.needsNewTime > 0 && <Tag color="orange">{t('receptionDays.wb.needsNewTimeCount', { count: d.needsNewTime })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('receptionDays.wb.status'),
            key: 'status',
            render: (_, d) => <Tag color={d.status === 'cancelled' ? 'default' : 'green'}>{t(`receptionDays.status.${d.status}`)}</Tag>,
          },
          {
            title: t('receptionDays.wb.actions'),
            key: 'actions',
            render: (_, d) =>
              d.status === 'scheduled' && (
                <Space>
                  <Button size="small" onClick={() => setEditing(d)} aria-label={t('receptionDays.wb.editDay', { day: d.day })}>
                    {t('receptionDays.wb.edit')}
                  </Button>
                  <Button size="small" danger onClick={() => setCancelling(d)} aria-label={t('receptionDays.wb.cancelDayOf', { day: d.day })}>
                    {t('receptionDays.wb.cancelDay')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {editing && <DayFormDialog day={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {cancelling && <CancelDayDialog day={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
