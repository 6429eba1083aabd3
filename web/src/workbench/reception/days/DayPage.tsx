import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppointmentTable } from './AppointmentTable.tsx';
import { BookForCallerDialog } from './BookForCallerDialog.tsx';
import { CancelDayDialog } from './CancelDayDialog.tsx';
import { DayFormDialog } from './DayFormDialog.tsx';
import { type ChangeResult, dayKey, leaderNames, useDay } from './days.api.ts';
import './days.css';

/** One reception day: its arrangements, places per slot, and the bookings by slot. */
export function DayPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useDay(id);
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'cancel' | 'book' | null>(null);
  const [changed, setChanged] = useState<ChangeResult | null>(null);
  useEffect(() => {
    document.title = `${t('receptionDays.wb.dayTitle', { day: query.data?.day.day ?? '' })} · Redress`;
  }, [t, query.data?.day.day]);

  if (query.error) return <Alert type="error" showIcon role="alert" title={query.error.message} />;
  if (!query.data) return <Skeleton active />;
  const { day, appointments } = query.data;
  const closed = (result?: ChangeResult) => {
    setDialog(null);
    if (result) {
      setChanged(result);
      queryClient.setQueryData(dayKey(id), { day: result.day, appointments: result.appointments });
    }
  };
  const noEmail = appointments.filter((a) => a.status === 'booked' && !a.hasEmail).length;

  return (
    <>
      <Link to="/reception/days">{t('receptionDays.wb.back')}</Link>
      <div className="rdays-head">
        <Typography.Title level={3}>
          {t('receptionDays.wb.dayTitle', { day: day.day })} <Tag color={day.status === 'cancelled' ? 'default' : 'green'}>{t(`receptionDays.status.${day.status}`)}</Tag>
        </Typography.Title>
        {day.status === 'scheduled' && (
          <Space wrap>
            <Button type="primary" onClick={() => setDialog('book')}>
              {t('receptionDays.wb.bookForCaller')}
            </Button>
            <Button onClick={() => setDialog('edit')}>{t('receptionDays.wb.edit')}</Button>
            <Button danger onClick={() => setDialog('cancel')}>
              {t('receptionDays.wb.cancelDay')}
            </Button>
          </Space>
        )}
      </div>
      {changed && (
        <Alert
          type={changed.announced.toPhone > 0 ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setChanged(null) }}
          role="status"
          title={t('receptionDays.wb.announced', { emailed: changed.announced.emailed, toPhone: changed.announced.toPhone })}
          description={changed.orphanedSlots.length > 0 ? t('receptionDays.wb.orphaned', { slots: changed.orphanedSlots.join('、') }) : undefined}
          className="rdays-section"
        />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('receptionDays.wb.organization')}>{day.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('receptionDays.wb.time')}>
          {day.day} {day.startsAt}–{day.endsAt}
        </Descriptions.Item>
        <Descriptions.Item label={t('receptionDays.wb.leaders')}>{leaderNames(day.leaders)}</Descriptions.Item>
        <Descriptions.Item label={t('receptionDays.wb.place')}>{day.place}</Descriptions.Item>
        <Descriptions.Item label={t('receptionDays.wb.topics')}>{day.topics || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('receptionDays.wb.slotRule')}>{t('receptionDays.wb.slotRuleValue', { minutes: day.slotMinutes, capacity: day.slotCapacity })}</Descriptions.Item>
        {day.changeNote && (
          <Descriptions.Item label={day.status === 'cancelled' ? t('receptionDays.wb.cancelReason') : t('receptionDays.wb.lastChange')} span={2}>
            {day.changeNote}（{t('receptionDays.wb.version', { version: day.version })}）
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={4} className="rdays-section">
        {t('receptionDays.wb.slots')}
      </Typography.Title>
      <ul className="rdays-slots" aria-label={t('receptionDays.wb.slots')}>
        {day.slots.map((s) => (
          <li key={s.startsAt} className={`rdays-slot${s.remaining === 0 ? ' is-full' : ''}`}>
            {s.startsAt}–{s.endsAt} · {t('receptionDays.wb.slotBooked', { booked: s.booked, capacity: s.capacity })}
          </li>
        ))}
      </ul>
      <Typography.Title level={4}>{t('receptionDays.wb.appointments', { count: appointments.length })}</Typography.Title>
      {noEmail > 0 && day.version > 1 && <Alert type="info" showIcon title={t('receptionDays.wb.phoneThem', { count: noEmail })} className="rdays-filter" />}
      <AppointmentTable day={day} appointments={appointments} />
      {dialog === 'edit' && <DayFormDialog day={day} onClose={closed} />}
      {dialog === 'cancel' && <CancelDayDialog day={day} onClose={closed} />}
      {dialog === 'book' && <BookForCallerDialog day={day} onClose={() => setDialog(null)} />}
    </>
  );
}
