import { type Actor, hasRoleOn } from '../accounts/actor.ts';
import { appendEvents } from '../audit/event-log.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { excludedUserIds, scopeOf } from './case-scope.ts';
import { orgLookup } from './org-lookup.ts';
import { can } from './petition.policy.ts';
import { findPetitionById, updatePetition } from './petition.repository.ts';

const missing = () => new AppError('notFound', 'notFound', { zh: '未找到此信访事项', en: 'Petition not found' });

/**
 * Staff with a conflict of interest in a case are excluded from it (DOMAIN.md §4): anyone who sees
 * the case may withdraw themselves (回避); an approver or supervisor over its holder may exclude
 * another member of staff, and reinstate them. Excluded staff can neither see nor act on the case.
 * Each change is an internal event of the case, with its reason.
 */
export async function changeExclusion(
  ctx: AppContext,
  actor: Actor,
  petitionId: number,
  change: { kind: 'exclude' | 'reinstate'; userId: number; reason: string },
): Promise<{ excludedUserIds: number[] }> {
  const now = ctx.clock.now().toISOString();
  const orgs = orgLookup(ctx);
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await findPetitionById(trx, petitionId);
    if (!row) throw missing();
    const scope = await scopeOf(orgs, row);
    if (!can(actor, 'view', scope)) throw missing();
    const self = change.userId === actor.userId;
    const overseer = hasRoleOn(actor, scope.holderPath, 'approver', 'supervisor');
    if (change.kind === 'reinstate' ? !overseer : !self && !overseer) {
      throw new AppError('forbidden', 'exclusionForbidden', {
        zh: '只有承办单位的负责人或督办人员才能决定其他工作人员回避或恢复其参与',
        en: 'Only an approver or supervisor over the holder may exclude or reinstate other staff',
      });
    }
    const user = await trx.selectFrom('users').select(['id', 'display_name']).where('id', '=', change.userId).executeTakeFirst();
    if (!user) throw new AppError('badRequest', 'unknownUser', { zh: '没有这个工作人员', en: 'There is no such member of staff' });
    const before = excludedUserIds(row);
    const excluded = before.includes(change.userId);
    if (change.kind === 'exclude' && excluded) throw new AppError('conflict', 'alreadyExcluded', { zh: '该工作人员已回避此事项', en: 'This member of staff is already excluded from the case' });
    if (change.kind === 'reinstate' && !excluded) throw new AppError('conflict', 'notExcluded', { zh: '该工作人员未被排除在此事项之外', en: 'This member of staff is not excluded from the case' });
    const after = change.kind === 'exclude' ? [...before, change.userId] : before.filter((id) => id !== change.userId);
    await updatePetition(trx, petitionId, row.version, { excluded_user_ids: after.length ? JSON.stringify(after) : null, updated_at: now });
    await appendEvents(trx, ctx.database.dialect, [
      {
        petitionId,
        type: change.kind === 'exclude' ? 'staffExcluded' : 'staffReinstated',
        actorKind: 'staff',
        actorUserId: actor.userId,
        actorOrgId: actor.orgId,
        occurredAt: now,
        payload: { userId: change.userId, userName: user.display_name, self, reason: change.reason.trim() },
        public: false,
      },
    ]);
    return { excludedUserIds: after };
  });
}
