import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Instants are shown in the petition offices' time zone, whatever the browser's: a date on a
// timeline must match the dates on the documents and deadlines (all Asia/Shanghai).
export const formatInstant = (iso: string): string => dayjs(iso).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm');

/** Today in Asia/Shanghai, YYYY-MM-DD. */
export const todayLocal = (): string => dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD');

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Server labels are lower-case in English ('handling due'); as a heading they start upper-case. */
export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
