import type { FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { type Actor, type Role, hasAnyRole } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session hook when a valid session cookie came with the request. */
    actor: Actor | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthorized', 'loginRequired', { zh: '请先登录', en: 'Please sign in first' });
  return request.actor;
}

/** For routes whose permission does not depend on one case: the role anywhere is enough. */
export function requireRole(request: FastifyRequest, ...wanted: Role[]): Actor {
  const actor = requireActor(request);
  if (!hasAnyRole(actor, ...wanted)) {
    throw new AppError('forbidden', 'forbidden', { zh: '没有执行此操作的权限', en: 'You are not allowed to do this' });
  }
  return actor;
}
