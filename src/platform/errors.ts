// Errors the user sees: a stable code for programs and a message in each locale for people.
export interface Message {
  zh: string;
  en: string;
}

export type ErrorKind = 'badRequest' | 'unauthorized' | 'forbidden' | 'notFound' | 'conflict' | 'tooMany' | 'tooLarge';

const statusOf: Record<ErrorKind, number> = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooMany: 429,
  tooLarge: 413,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    readonly text: Message,
    readonly details?: unknown,
  ) {
    super(text.en);
    this.status = statusOf[kind];
  }
}

export const fail = (kind: ErrorKind, code: string, zh: string, en: string, details?: unknown): never => {
  throw new AppError(kind, code, { zh, en }, details);
};

export const notFound = (what: Message): AppError =>
  new AppError('notFound', 'notFound', { zh: `未找到${what.zh}`, en: `${what.en} not found` });
