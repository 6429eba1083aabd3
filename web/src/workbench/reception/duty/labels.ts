import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { components } from '../../../api/schema';
import type { Duty } from './duty.api.ts';

type DayKind = components['schemas']['DayKind'];
type Holiday = { zh: string; en: string } | null;

export const dutyLabel = (t: TFunction, duty: Duty): string => t(`duty.duty.${duty}`);

/** "10月4日 周日" / "Sun 4 Oct": the date as people say it on a roster. */
export const dayLabel = (t: TFunction, day: string): string => t('duty.dayLabel', { month: Number(day.slice(5, 7)), day: Number(day.slice(8)), weekday: t(`duty.weekday.${dayjs(day).day()}`) });

/** The kind of day in words: the holiday's own name, else weekend, adjusted working day or working day. */
export function kindLabel(t: TFunction, language: string, kind: DayKind, holiday: Holiday): string {
  if (holiday) return language === 'en' ? holiday.en : holiday.zh;
  return t(`duty.kind.${kind}`);
}

export const kindColor: Record<DayKind, string | undefined> = { holiday: 'red', weekend: 'orange', adjustedWorkday: 'blue', workday: undefined };
