// Every due date is shown with its reason (DESIGN.md §4); this turns a DueExplanation into the
// sentence shown to officials and petitioners.
import type { DueExplanation } from './deadline.ts';
import { yearOf } from './local-date.ts';
import { WEEKEND, type HolidayName } from './working-calendar.ts';

export type ExplanationLocale = 'zh-CN' | 'en';

function isWeekend(name: HolidayName): boolean {
  return name.zh === WEEKEND.zh && name.en === WEEKEND.en;
}

function zhRestDays(names: readonly HolidayName[]): string {
  return names
    .map((n) => (isWeekend(n) || /假期?$/.test(n.zh) ? n.zh : `${n.zh}假期`))
    .join('、');
}

function enList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function enRestDays(names: readonly HolidayName[]): string {
  return enList(names.map((n) => (isWeekend(n) ? 'the weekend' : `the ${n.en} holiday`)));
}

function zh(e: DueExplanation, label: string): string {
  const period = e.unit === 'working' ? `${e.days} 个工作日` : `${e.days} 日`;
  let text = `自${label}（${e.start}）次日起 ${period}，`;
  text += e.movedPast.length > 0 && e.nominal !== e.dueOn
    ? `原届满日 ${e.nominal} 为${zhRestDays(e.movedPast)}，顺延至 ${e.dueOn}`
    : `至 ${e.dueOn}`;
  // The due date's year is always one not yet announced when the explanation is provisional.
  if (e.provisional) text += `（暂定：${yearOf(e.dueOn)} 年节假日安排尚未公布）`;
  return text;
}

function en(e: DueExplanation, label: string): string {
  const plural = e.days === 1 ? '' : 's';
  let text = e.unit === 'working'
    ? `${e.days} working day${plural} after ${label} on ${e.start}`
    : `${e.days} day${plural} from the day after ${label} on ${e.start}`;
  text += e.movedPast.length > 0 && e.nominal !== e.dueOn
    ? `, ending ${e.nominal}, moved past ${enRestDays(e.movedPast)} to ${e.dueOn}`
    : `, to ${e.dueOn}`;
  if (e.provisional) {
    text += `; provisional: the ${yearOf(e.dueOn)} holiday arrangement has not been announced`;
  }
  return text;
}

/**
 * startLabel names the starting event, e.g. { zh: '登记', en: 'registration' }:
 * "自登记（2026-09-19）次日起 15 日，原届满日 2026-10-04 为国庆节假期，顺延至 2026-10-08".
 */
export function renderExplanation(
  e: DueExplanation,
  locale: ExplanationLocale,
  startLabel: { zh: string; en: string },
): string {
  return locale === 'zh-CN' ? zh(e, startLabel.zh) : en(e, startLabel.en);
}
