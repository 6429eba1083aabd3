import i18n from '../../shared/i18n.ts';

// Dates are the server's: local dates (YYYY-MM-DD) in China, and instants in UTC. Both are
// shown as they are in Asia/Shanghai whatever the phone's own time zone, so a due date never
// moves by a day for a petitioner abroad.
const tag = () => (i18n.language === 'en' ? 'en-GB' : 'zh-CN');

/** '2026-10-08' → '2026年10月8日 星期四' / 'Thursday 8 October 2026'. */
export function formatDay(localDate: string, withWeekday = true): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return localDate;
  return new Intl.DateTimeFormat(tag(), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(withWeekday ? { weekday: 'long' as const } : {}),
  }).format(date);
}

/** An instant, to the minute, in Beijing time. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag(), {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
