import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  respondBy: string | null;
  receivedAt: string | null;
  /** Server time minus browser time (see clockOffset). */
  offset: number;
}

/** Ticks once a second; the whole page shares nothing, each clock is independent and cheap. */
function useNow(offset: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset, running]);
  return now;
}

const two = (n: number) => String(n).padStart(2, '0');
function span(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  return `${h > 0 ? `${h}:` : ''}${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}

/**
 * How long the receiver has left to come, counting down live; once overdue, by how much. Colour
 * carries the urgency and the words say it too: green, then orange in the last quarter of an hour,
 * red when overdue. After the reception it says whether the limit was kept.
 */
export function ResponseClock({ respondBy, receivedAt, offset }: Props) {
  const { t } = useTranslation();
  const now = useNow(offset, !!respondBy && !receivedAt);
  if (!respondBy) return <Tag>{t('visits.clock.none')}</Tag>;
  const by = Date.parse(respondBy);
  if (receivedAt) {
    const kept = Date.parse(receivedAt) <= by;
    return <Tag color={kept ? 'success' : 'error'}>{kept ? t('visits.clock.kept') : t('visits.clock.missed', { late: span(Date.parse(receivedAt) - by) })}</Tag>;
  }
  const left = by - now;
  const color = left < 0 ? 'error' : left <= 15 * 60_000 ? 'warning' : 'success';
  return (
    <Tag color={color} className="visits-clock" role="timer" aria-live="off">
      {left < 0 ? t('visits.clock.overdue', { time: span(left) }) : t('visits.clock.left', { time: span(left) })}
    </Tag>
  );
}
