import type { Actor } from '../accounts/actor.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { loadGroupVisit } from './group-visit-find.ts';
import { loadVisit } from './visit-find.ts';
import { type MaskedPerson, unsealPeople } from './visit-people.ts';
import { canUnmaskRecord } from './visit-policy.ts';

const refused = () => new AppError('forbidden', 'unmaskForbidden', { zh: '没有查看完整个人信息的权限', en: 'You are not allowed to see this personal data in full' });

async function logAccess(ctx: AppContext, actor: Actor, kind: 'visit' | 'groupVisit', id: number, reason: string) {
  await ctx.database.db
    .insertInto('reception_data_access')
    .values({ user_id: actor.userId, record_kind: kind, record_id: id, reason: reason.trim(), accessed_at: ctx.clock.now().toISOString() })
    .execute();
}

/** Visitors' names in clear: a stated reason, written to the log before the names leave. */
export async function unmaskVisitors(ctx: AppContext, actor: Actor, id: number, reason: string): Promise<{ people: MaskedPerson[] }> {
  const { row } = await loadVisit(ctx, actor, id);
  if (!canUnmaskRecord(actor, row.path)) throw refused();
  await logAccess(ctx, actor, 'visit', id, reason);
  return { people: unsealPeople(row.visitors_sealed, ctx.keys) };
}

/** A group's representatives (and the other members named) in clear, with a reason, logged. */
export async function unmaskGroupMembers(ctx: AppContext, actor: Actor, id: number, reason: string): Promise<{ people: MaskedPerson[] }> {
  const { row, office, responsible } = await loadGroupVisit(ctx, actor, id);
  if (!canUnmaskRecord(actor, office.path, [responsible.path])) throw refused();
  await logAccess(ctx, actor, 'groupVisit', id, reason);
  return { people: [...unsealPeople(row.representatives_sealed, ctx.keys), ...unsealPeople(row.others_sealed, ctx.keys)] };
}
