import type { Actor } from '../accounts/actor.ts';
import { appendEvents } from '../audit/event-log.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { staffEvent } from './follow-up-create.ts';
import { canCloseFollowUp, canSeeFollowUp } from './visit-policy.ts';

const notFound = () => new AppError('notFound', 'notFound', { zh: '未找到此承诺事项', en: 'Follow-up not found' });

/** The responsible body records what became of a promise; the petitioner's timeline shows it. */
export async function markFollowUpDone(ctx: AppContext, actor: Actor, id: number, outcome: string): Promise<void> {
  const tree = await getOrganizationDirectory(ctx).tree();
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('follow_ups').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound();
    const responsible = tree.get(Number(row.responsible_org_id));
    const receiving = tree.get(Number(row.receiving_org_id));
    if (!responsible || !receiving || !canSeeFollowUp(actor, responsible.path, receiving.path)) throw notFound();
    if (!canCloseFollowUp(actor, responsible.path, receiving.path)) {
      throw new AppError('forbidden', 'forbidden', { zh: '只有责任单位的承办人、负责人或信访部门登记员可以办结承诺事项', en: 'Only the responsible body’s handlers and approvers, or the office’s clerks, close a follow-up' });
    }
    const updated = await trx
      .updateTable('follow_ups')
      .set({ status: 'done', done_at: now, done_by: actor.userId, outcome: outcome.trim() })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'followUpAlreadyDone', { zh: '此承诺事项已经办结', en: 'This follow-up is already done' });
    await appendEvents(trx, ctx.database.dialect, [
      {
        petitionId: Number(row.petition_id),
        type: 'followUpDone',
        ...staffEvent(actor, now),
        payload: { followUpId: id, visitId: row.visit_id, groupVisitId: row.group_visit_id, orgId: Number(row.responsible_org_id), outcome: outcome.trim(), publicText: outcome.trim() },
        public: true,
      },
    ]);
  });
}
