import { PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { type Duty, type DutyCell, type RosterDay, type RosterMonth, duties } from './duty.api.ts';
import { dayLabel, dutyLabel, kindColor, kindLabel } from './labels.ts';

interface Props {
  roster: RosterMonth | undefined;
  loading: boolean;
  onAssign: (day: RosterDay, duty: Duty) => void;
  onShift: (shiftId: number) => void;
}

/** One row a day: its kind from the working calendar, who is on each duty, and the gaps. */
export function RosterTable({ roster, loading, onAssign, onShift }: Props) {
  const { t, i18n } = useTranslation();
  const today = roster?.today ?? '';
  const editable = (day: string) => Boolean(roster?.canEdit) && day >= today;

  const cell = (d: RosterDay, duty: Duty) => {
    const c: DutyCell = d[duty];
    const what = `${dayLabel(t, d.day)} ${dutyLabel(t, duty)}`;
    return (
      <div className="duty-cell">
        {c.people.map((p) => (
          <Button key={p.shiftId} size="small" className="duty-person" onClick={() => onShift(p.shiftId)} aria-label={t('duty.openShift', { name: p.displayName, what })}>
            {p.displayName}
            {p.swaps > 0 && (
              <Tooltip title={t('duty.swappedTimes', { count: p.swaps })}>
                <SwapOutlined aria-label={t('duty.swappedTimes', { count: p.swaps })} />
              </Tooltip>
            )}
          </Button>
        ))}
        {c.coveredBy && (
          <span className="duty-inherited">{t('duty.coveredBy', { org: c.coveredBy.organizationName, names: c.coveredBy.people.join('、') })}</span>
        )}
        {c.gap && <Tag color="red">{t('duty.gap')}</Tag>}
        {editable(d.day) && (
          <Button size="small" type="text" icon={<PlusOutlined aria-hidden />} onClick={() => onAssign(d, duty)} aria-label={t('duty.assignOn', { what })} />
        )}
      </div>
    );
  };

  const columns: ColumnsType<RosterDay> = [
    { title: t('duty.col.day'), dataIndex: 'day', width: 130, render: (day: string) => <time dateTime={day}>{dayLabel(t, day)}</time> },
    {
      title: t('duty.col.kind'),
      key: 'kind',
      width: 120,
      render: (_: unknown, d) => <Tag color={kindColor[d.kind]}>{kindLabel(t, i18n.language, d.kind, d.holiday)}</Tag>,
    },
    ...duties.map((duty) => ({ title: dutyLabel(t, duty), key: duty, render: (_: unknown, d: RosterDay) => cell(d, duty) })),
  ];

  return (
    <Table<RosterDay>
      rowKey="day"
      size="small"
      columns={columns}
      dataSource={roster?.days ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 760 }}
      rowClassName={(d) => [d.kind === 'holiday' ? 'duty-row-holiday' : '', d.day < today ? 'duty-row-past' : ''].join(' ')}
      aria-label={t('duty.tableLabel', { office: roster?.organizationName ?? '', month: roster?.month ?? '' })}
    />
  );
}
