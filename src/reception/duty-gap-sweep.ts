// Tells each office's administrators and approvers of the days in the coming weeks on which nobody
// is on reception duty or on call, once per gap: visits and calls must be received every day.
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { sendMailSoon } from '../notifications/mail-sender.ts';
import { notifyUsers } from '../notifications/notify.ts';
import type { AppContext } from '../platform/context.ts';
import { type DayInfo, dutyLabels } from './duty-roster.ts';
import { DEFAULT_GAP_WEEKS, gapsOfOffices } from './duty-view.ts';
import { gapRecipient } from './duty.policy.ts';
import { grantsWithRoles } from './duty.repository.ts';

const kindZh = (d: DayInfo) => (d.holiday ? `（${d.holiday.zh}）` : d.kind === 'weekend' ? '（周末）' : d.kind === 'adjustedWorkday' ? '（调休上班）' : '');

/** Returns how many people were newly told of a gap. */
export async function notifyRosterGaps(ctx: AppContext, weeks = DEFAULT_GAP_WEEKS): Promise<number> {
  const tree = await getOrganizationDirectory(ctx).tree();
  const offices = tree.all().filter((o) => o.kind === 'petitionOffice');
  if (offices.length === 0) return 0;
  const [result, grants] = await Promise.all([gapsOfOffices(ctx, offices, weeks), grantsWithRoles(ctx.database.db, ['admin', 'approver'])]);
  let told = 0;
  for (const office of result.offices) {
    if (office.gaps.length === 0) continue;
    const recipients = [...new Set(grants.filter((g) => gapRecipient(g, office.organizationPath)).map((g) => g.userId))];
    if (recipients.length === 0) continue;
    await ctx.database.db.transaction().execute(async (trx) => {
      for (const gap of office.gaps) {
        for (const duty of gap.duties) {
          const label = dutyLabels[duty].zh;
          const fresh = await notifyUsers(trx, ctx, recipients, {
            kind: 'rosterGap',
            title: `值班缺人：${gap.day}${kindZh(gap)}${label}`,
            body: `${office.organizationName} ${gap.day}${kindZh(gap)}尚未安排${label}，请及时排班，确保来访和来电有人接待。`,
            link: `/reception/duty?org=${office.organizationId}&month=${gap.day.slice(0, 7)}`,
            dedupeKey: `rosterGap:${office.organizationId}:${gap.day}:${duty}`,
          });
          told += fresh.length;
        }
      }
    });
  }
  if (told > 0) await sendMailSoon(ctx);
  return told;
}
