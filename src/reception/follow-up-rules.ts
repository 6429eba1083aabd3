import { compareDates, type LocalDate } from '../calendar/index.ts';
import { AppError } from '../platform/errors.ts';

// Promises made at a reception become follow-ups with due dates (DOMAIN.md §5). Pure.

export interface PromiseInput {
  promise: string;
  responsibleOrgId: number;
  dueOn: LocalDate;
}

/** Every promise names what, who and by when, and is due after today. */
export function checkPromises(promises: readonly PromiseInput[], today: LocalDate): void {
  promises.forEach((p, i) => {
    if (p.promise.trim() === '') throw new AppError('badRequest', 'promiseTextRequired', { zh: `第 ${i + 1} 项承诺没有填写内容`, en: `Promise ${i + 1} says nothing` }, { index: i });
    if (compareDates(p.dueOn, today) <= 0) {
      throw new AppError('badRequest', 'promiseDueInPast', { zh: `第 ${i + 1} 项承诺的办理期限必须晚于今天`, en: `Promise ${i + 1}: the due date must be after today` }, { index: i });
    }
  });
}

/** An open follow-up is overdue the day after its due date. */
export const isOverdue = (f: { status: string; dueOn: LocalDate }, today: LocalDate): boolean => f.status === 'open' && compareDates(f.dueOn, today) < 0;
