import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { tokenHash } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import { loadActor } from './load-actor.ts';
import { type SessionRecord, findLiveSession } from './session.repository.ts';

export const SESSION_COOKIE = 'redress_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sessions = new WeakMap<FastifyRequest, SessionRecord>();

/** The live session that authenticated this request (its token hash and CSRF token), if any. */
export const sessionOf = (request: FastifyRequest): SessionRecord | undefined => sessions.get(request);

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const csrfRejected = (): AppError =>
  new AppError('forbidden', 'csrf', {
    zh: '请求缺少有效的安全令牌，请刷新页面后重试',
    en: 'The request lacks a valid CSRF token; reload the page and try again',
  });

/**
 * The onRequest hook: a live session cookie becomes `request.actor`; a state-changing request
 * that carries one must also send the session's CSRF token in `x-csrf-token`, or it stops here with
 * 403 `csrf` before any route runs. Requests without a (live) session pass as anonymous: each
 * route decides with `requireActor`. Reads outside /api (static files) skip the lookup.
 */
export function authenticate(ctx: AppContext): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return async (request) => {
    request.actor = null;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const safe = SAFE_METHODS.has(request.method);
    if (safe && !request.url.startsWith('/api/')) return;
    const session = await findLiveSession(ctx.database.db, tokenHash(token, ctx.keys), ctx.clock.now().toISOString());
    if (!session) return;
    if (!safe && !sameToken(request.headers[CSRF_HEADER], session.csrfToken)) throw csrfRejected();
    request.actor = await loadActor(ctx, session.userId);
    if (request.actor) sessions.set(request, session);
  };
}
