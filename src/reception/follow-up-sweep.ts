import { toLocalDate } from '../calendar/index.ts';
import { sendMailSoon } from '../notifications/mail-sender.ts';
import { notifyUsers } from '../notifications/notify.ts';
import type { AppContext } from '../platform/context.ts';
import { usersWithRoleOn } from './visit-recipients.ts';

/**
 * Tells the responsible body's approvers, once per follow-up, that a promise made at a reception
 * is past its due date. Marked in the same transaction as the notices, so a crash or a second
 * process never tells them twice (and the notices' dedupe key guards a race between two sweeps).
 */
export async function notifyOverdueFollowUps(ctx: AppContext, limit = 500): Promise<number> {
  const today = toLocalDate(ctx.clock.now());
  const due = await ctx.database.db
    .selectFrom('follow_ups as f')
    .innerJoin('petitions as p', 'p.id', 'f.petition_id')
    .select(['f.id', 'f.promise', 'f.due_on', 'f.responsible_org_id', 'f.visit_id', 'f.group_visit_id', 'p.receipt_no'])
    .where('f.status', '=', 'open')
    .where('f.due_on', '<', today)
    .where('f.overdue_notified_at', 'is', null)
    .orderBy('f.id')
    .limit(limit)
    .execute();
  let notified = 0;
  for (const f of due) {
    await ctx.database.db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('follow_ups').set({ overdue_notified_at: ctx.clock.now().toISOString() }).where('id', '=', f.id).where('overdue_notified_at', 'is', null).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const approvers = await usersWithRoleOn(trx, Number(f.responsible_org_id), ['approver']);
      const link = f.group_visit_id !== null ? `/reception/group-visits/${f.group_visit_id}` : '/reception/follow-ups';
      await notifyUsers(trx, ctx, approvers, {
        kind: 'followUpOverdue',
        title: `接访承诺事项已逾期：${f.receipt_no}`,
        body: `承诺事项“${f.promise}”应于 ${f.due_on} 前办结，现已逾期，请尽快办理并登记结果。`,
        en: { title: `A promise made at a reception is overdue: ${f.receipt_no}`, body: `The promise “${f.promise}” was due on ${f.due_on} and is overdue; carry it out and record the result.` },
        link,
        dedupeKey: `followUpOverdue:${f.id}`,
      });
      notified += 1;
    });
  }
  if (notified > 0) await sendMailSoon(ctx);
  return notified;
}
