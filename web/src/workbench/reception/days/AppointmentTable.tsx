import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Appointment, type ReceptionDay, type Unmasked, dayKey, markAttendance } from './days.api.ts';
import { UnmaskDialog } from './UnmaskDialog.tsx';

const statusColor: Record<Appointment['status'], string> = { booked: 'blue', cancelled: 'default', attended: 'green', absent: 'orange' };

/** The bookings of a day by slot; names and phones masked until someone states why they need them. */
export function AppointmentTable({ day, appointments }: { day: ReceptionDay; appointments: Appointment[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [unmasking, setUnmasking] = useState<Appointment | null>(null);
  const [clear, setClear] = useState<Record<number, Unmasked>>({});
  const mark = useMutation({
    mutationFn: ({ id, status }: { id: number; status: 'attended' | 'absent' }) => markAttendance(id, status),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: dayKey(day.id) }),
    onError: (e) => void message.error(e.message),
  });
  // The server's clock decides whether the day has come, not the browser's.
  const onTheDay = day.attendanceOpen;
  return (
    <>
      <Table<Appointment>
        rowKey="id"
        dataSource={appointments}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('receptionDays.wb.noAppointments') }}
        columns={[
          { title: t('receptionDays.wb.slot'), dataIndex: 'slotStartsAt', width: 80 },
          { title: t('receptionDays.wb.bookingNo'), dataIndex: 'bookingNo' },
          {
            title: t('receptionDays.wb.person'),
            key: 'person',
            render: (_, a) => {
              const c = clear[a.id];
              return c ? (
                <span className="rdays-clear">
                  {c.name} · {c.phone}
                  {c.email ? ` · ${c.email}` : ''}
                </span>
              ) : (
                <span>
                  {a.nameMasked} · {a.phoneMasked}
                </span>
              );
            },
          },
          { title: t('receptionDays.wb.matter'), dataIndex: 'matter', ellipsis: true },
          {
            title: t('receptionDays.wb.receiptNo'),
            key: 'receipt',
            render: (_, a) => (a.petitionId && a.receiptNo ? <Link to={`/cases/${a.petitionId}`}>{a.receiptNo}</Link> : '—'),
          },
          {
            title: t('receptionDays.wb.status'),
            key: 'status',
            render: (_, a) => (
              <Space size={4} wrap>
                <Tag color={statusColor[a.status]}>{t(`receptionDays.appointmentStatus.${a.status}`)}</Tag>
                {a.channel === 'phone' && <Tag>{t('receptionDays.wb.byPhone')}</Tag>}
                {a.needsNewTime && a.status === 'booked' && <Tag color="orange">{t('receptionDays.wb.needsNewTime')}</Tag>}
                {!a.hasEmail && a.status === 'booked' && <Tag color={a.changedSinceBooking ? 'red' : 'default'}>{t(a.changedSinceBooking ? 'receptionDays.wb.callAboutChange' : 'receptionDays.wb.noEmail')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('receptionDays.wb.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space wrap>
                {onTheDay && a.status === 'booked' && !a.needsNewTime && (
                  <Link to={`/reception/visits/new?day=${day.id}&appointment=${a.id}`} aria-label={t('receptionDays.wb.recordVisitOf', { no: a.bookingNo })}>
                    {t('receptionDays.wb.recordVisit')}
                  </Link>
                )}
                {onTheDay && a.status !== 'cancelled' && (
                  <>
                    <Button size="small" disabled={a.status === 'attended'} onClick={() => mark.mutate({ id: a.id, status: 'attended' })} aria-label={t('receptionDays.wb.markAttendedOf', { no: a.bookingNo })}>
                      {t('receptionDays.wb.markAttended')}
                    </Button>
                    <Button size="small" disabled={a.status === 'absent'} onClick={() => mark.mutate({ id: a.id, status: 'absent' })} aria-label={t('receptionDays.wb.markAbsentOf', { no: a.bookingNo })}>
                      {t('receptionDays.wb.markAbsent')}
                    </Button>
                  </>
                )}
                {!clear[a.id] && (
                  <Button size="small" type="link" onClick={() => setUnmasking(a)} aria-label={t('receptionDays.wb.unmaskOf', { no: a.bookingNo })}>
                    {t('receptionDays.wb.unmask')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {unmasking && (
        <UnmaskDialog
          appointment={unmasking}
          onClose={(result) => {
            if (result) setClear((c) => ({ ...c, [result.id]: result }));
            setUnmasking(null);
          }}
        />
      )}
    </>
  );
}
