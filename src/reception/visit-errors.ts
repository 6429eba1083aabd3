import { AppError } from '../platform/errors.ts';

// Errors shared by the reception use cases, each with its Chinese and English message.
export const notAllowedToRecord = () =>
  new AppError('forbidden', 'forbidden', { zh: '只有接待机构的登记员或领导可以登记接访', en: 'Only clerks and leaders of the receiving organisation record receptions' });
export const visitNotFound = () => new AppError('notFound', 'notFound', { zh: '未找到此接访记录', en: 'Visit not found' });
export const groupVisitNotFound = () => new AppError('notFound', 'notFound', { zh: '未找到此集体访记录', en: 'Group visit not found' });
export const petitionNotFound = () => new AppError('notFound', 'petitionNotFound', { zh: '未找到此受理编号的信访事项，或无权查看', en: 'No petition with this receipt number that you may see' });
export const inFuture = (what: { zh: string; en: string }) => new AppError('badRequest', 'timeInFuture', { zh: `${what.zh}不能晚于现在`, en: `${what.en} cannot be in the future` });
