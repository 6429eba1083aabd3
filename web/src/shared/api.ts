import createClient, { type Middleware } from 'openapi-fetch';
import i18n from './i18n.ts';
import type { paths } from '../api/schema';

let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

// Every request says which language the person reads, so the server's error messages match;
// state-changing staff requests carry the session's CSRF token.
const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language === 'en' ? 'en' : 'zh-CN');
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '/' });
api.use(headers);

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** An error the server explained: its message is already in the reader's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError with the server's message. */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (response.ok) return data as T;
  const body = error as ApiErrorBody | undefined;
  throw new ApiError(response.status, body?.error?.code ?? 'http', body?.error?.message ?? `${response.status} ${response.statusText}`, body?.error?.details);
}
