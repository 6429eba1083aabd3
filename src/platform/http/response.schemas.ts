import { z } from 'zod';

// Output building blocks shared by every context's response schemas. A schema with an `id` in the
// zod registry becomes a named component of the OpenAPI document (see openapi-components.ts).

/** 'YYYY-MM-DD', a day in Asia/Shanghai. Documented, not re-checked on the way out. */
export const localDateOut = z.string().meta({ format: 'date' });
/** An instant as ISO-8601 UTC text. */
export const instantOut = z.string().meta({ format: 'date-time' });

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable, for programs: validation, loginRequired, forbidden, csrf, notFound, illegalTransition, concurrentChange, rateLimited …'),
      message: z.string().describe("For people, in the caller's language (Accept-Language)"),
      details: z.unknown().optional().describe('For validation errors, the fields: [{ path, message }]'),
    }),
  })
  .meta({ id: 'ErrorBody', description: 'Every error leaves in this shape' });

const errorDescriptions = {
  400: 'The request is not valid (code validation, or a rule of the use case)',
  401: 'Not signed in (code loginRequired)',
  403: 'Not allowed, or a state-changing request without the session’s x-csrf-token (code csrf)',
  404: 'Not found, or not visible to the caller',
  409: 'The case or record is in a state that does not allow this, or was changed meanwhile',
  413: 'The request or file is too large',
  429: 'Too many requests; try again later',
} as const;
export type ErrorStatus = keyof typeof errorDescriptions;

const errorResponse = (status: ErrorStatus) => ({
  description: errorDescriptions[status],
  content: { 'application/json': { schema: errorBodySchema } },
});

/** The error responses a route can give, each described and typed as ErrorBody. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): { [K in S]: ReturnType<typeof errorResponse> } {
  return Object.fromEntries(statuses.map((s) => [s, errorResponse(s)])) as { [K in S]: ReturnType<typeof errorResponse> };
}

/** A 204 answer: no body. */
export const noContent = z.undefined().describe('No content');
