import { Alert, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Duty, RosterGaps } from './duty.api.ts';
import { dayLabel, dutyLabel, kindLabel } from './labels.ts';

interface Props {
  gaps: RosterGaps | undefined;
  loading: boolean;
  canEdit: boolean;
  onShowMonth: (month: string) => void;
  onFill: (range: { from: string; to: string; duty: Duty }) => void;
}

/** The days of the coming four weeks with nobody on a duty, at the top of the page where nobody misses them. */
export function GapsPanel({ gaps, loading, canEdit, onShowMonth, onFill }: Props) {
  const { t, i18n } = useTranslation();
  if (loading || !gaps) return <Skeleton active paragraph={{ rows: 1 }} className="duty-gaps" />;
  const list = gaps.offices[0]?.gaps ?? [];
  const span = { from: dayLabel(t, gaps.from), to: dayLabel(t, gaps.to) };
  if (list.length === 0) return <Alert className="duty-gaps" type="success" showIcon title={t('duty.noGaps', span)} />;
  const missingDuties = (['reception', 'onCall'] as const).filter((d) => list.some((g) => g.duties.includes(d)));
  return (
    <Alert
      className="duty-gaps"
      type="error"
      showIcon
      role="alert"
      title={t('duty.gapsTitle', { ...span, count: list.length })}
      description={
        <>
          <ul aria-label={t('duty.gapsList')}>
            {list.map((g) => (
              <li key={g.day}>
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onShowMonth(g.day.slice(0, 7))}>
                  {dayLabel(t, g.day)}
                </Button>
                {g.kind !== 'workday' && (
                  <>
                    {' '}
                    <strong>{kindLabel(t, i18n.language, g.kind, g.holiday)}</strong>
                  </>
                )}
                {t('duty.gapMissing', { duties: g.duties.map((d) => dutyLabel(t, d)).join(t('duty.and')) })}
              </li>
            ))}
          </ul>
          {canEdit &&
            missingDuties.map((duty) => {
              const days = list.filter((g) => g.duties.includes(duty)).map((g) => g.day);
              return (
                <Button key={duty} size="small" style={{ marginRight: 8, marginTop: 8 }} onClick={() => onFill({ from: days[0] as string, to: days.at(-1) as string, duty })}>
                  {t('duty.fillGapsOf', { duty: dutyLabel(t, duty) })}
                </Button>
              );
            })}
        </>
      }
    />
  );
}
