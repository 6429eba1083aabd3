import { CalendarOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { todayLocal } from '../../common/format.ts';
import { AssignDialog, type AssignTarget } from './AssignDialog.tsx';
import { useDutyOffices, useGaps, useRoster } from './duty.api.ts';
import { FillDialog, type FillPreset } from './FillDialog.tsx';
import { GapsPanel } from './GapsPanel.tsx';
import { RosterTable } from './RosterTable.tsx';
import { ShiftDrawer } from './ShiftDrawer.tsx';
import './duty.css';

/**
 * The duty roster of a petition office (值班表): a month at a time, each day's kind from the working
 * calendar, who is on reception duty and who is the on-call leader, with the gaps of the coming
 * weeks flagged first. The office and month live in the address (?org=&month=), so a notification
 * can link straight to the gap it announces.
 */
export function DutyRosterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const offices = useDutyOffices();
  const list = offices.data?.offices ?? [];
  const orgParam = Number(params.get('org')) || undefined;
  const organizationId = list.some((o) => o.id === orgParam) ? orgParam : list[0]?.id;
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? (params.get('month') as string) : todayLocal().slice(0, 7);
  const roster = useRoster(organizationId, month);
  const gaps = useGaps(organizationId);
  const [assigning, setAssigning] = useState<AssignTarget>();
  const [filling, setFilling] = useState<FillPreset>();
  const [shiftId, setShiftId] = useState<number>();
  const title = t('duty.title');
  useEffect(() => {
    document.title = `${title} · Redress`;
  }, [title]);

  const go = (next: { org?: number | undefined; month?: string }) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (next.org !== undefined) q.set('org', String(next.org));
      if (next.month !== undefined) q.set('month', next.month);
      return q;
    });
  const shift = (months: number) => go({ month: dayjs(`${month}-01`).add(months, 'month').format('YYYY-MM') });
  const canEdit = list.find((o) => o.id === organizationId)?.canEdit ?? false;
  const today = roster.data?.today ?? todayLocal();

  if (offices.isSuccess && list.length === 0) {
    return (
      <>
        <Typography.Title level={3}>{title}</Typography.Title>
        <Empty description={t('duty.noOffices')} />
      </>
    );
  }

  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('duty.intro')}</Typography.Paragraph>
      <div className="duty-toolbar">
        <Select
          className="duty-office"
          aria-label={t('duty.office')}
          value={organizationId}
          onChange={(id: number) => go({ org: id })}
          options={list.map((o) => ({ value: o.id, label: o.name }))}
          loading={offices.isPending}
        />
        <Space.Compact>
          <Button icon={<LeftOutlined aria-hidden />} onClick={() => shift(-1)} aria-label={t('duty.prevMonth')} />
          <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && go({ month: d.format('YYYY-MM') })} aria-label={t('duty.month')} format="YYYY-MM" />
          <Button icon={<RightOutlined aria-hidden />} onClick={() => shift(1)} aria-label={t('duty.nextMonth')} />
        </Space.Compact>
        {canEdit && organizationId !== undefined && (
          <Button type="primary" icon={<CalendarOutlined aria-hidden />} onClick={() => setFilling({ from: today, to: dayjs(today).add(27, 'day').format('YYYY-MM-DD'), duty: 'reception' })}>
            {t('duty.fill')}
          </Button>
        )}
      </div>
      {(offices.error ?? gaps.error ?? roster.error) && <Alert type="error" showIcon role="alert" title={(offices.error ?? gaps.error ?? roster.error)?.message} style={{ marginBottom: 16 }} />}
      <GapsPanel gaps={gaps.data} loading={gaps.isPending && organizationId !== undefined} canEdit={canEdit} onShowMonth={(m) => go({ month: m })} onFill={setFilling} />
      <RosterTable roster={roster.data} loading={roster.isFetching} onAssign={(day, duty) => setAssigning({ day, duty })} onShift={setShiftId} />
      {organizationId !== undefined && (
        <>
          <AssignDialog organizationId={organizationId} target={assigning} onClose={() => setAssigning(undefined)} />
          <FillDialog organizationId={organizationId} today={today} preset={filling} onClose={() => setFilling(undefined)} />
        </>
      )}
      <ShiftDrawer shiftId={shiftId} canEdit={canEdit} today={today} onClose={() => setShiftId(undefined)} />
    </>
  );
}
