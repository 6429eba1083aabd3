// Tells each office's administrators and approvers of the days in the coming weeks on which nobody
// is on reception duty or on call: visits and calls must be received every day. One notice per
// office lists all its gaps, and a person is told again only when that list changes — a roster
// left empty for four weeks is one notice, not fifty-six.
import crypto from 'node:crypto';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { sendMailSoon } from '../notifications/mail-sender.ts';
import { notifyUsers } from '../notifications/notify.ts';
import type { AppContext } from '../platform/context.ts';
import { type DayInfo, dutyLabels } from './duty-roster.ts';
import { DEFAULT_GAP_WEEKS, gapsOfOffices, type OfficeGaps } from './duty-view.ts';
import { gapRecipient } from './duty.policy.ts';
import { grantsWithRoles } from './duty.repository.ts';

const kindZh = (d: DayInfo) => (d.holiday ? `（${d.holiday.zh}）` : d.kind === 'weekend' ? '（周末）' : d.kind === 'adjustedWorkday' ? '（调休上班）' : '');

const kindEn = (d: DayInfo) => (d.holiday ? ` (${d.holiday.en})` : d.kind === 'weekend' ? ' (weekend)' : d.kind === 'adjustedWorkday' ? ' (working weekend day)' : '');

/** "2026-10-05（国庆节）：接待值班、带班领导", one line per day with a gap. */
export function gapLines(office: OfficeGaps): string[] {
  return office.gaps.map((gap) => `${gap.day}${kindZh(gap)}：${gap.duties.map((d) => dutyLabels[d].zh).join('、')}`);
}

const gapLinesEn = (office: OfficeGaps): string[] =>
  office.gaps.map((gap) => `${gap.day}${kindEn(gap)}: ${gap.duties.map((d) => dutyLabels[d].en).join(', ')}`);

/** Returns how many people were newly told of their offices' gaps. */
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
    const lines = gapLines(office);
    const first = office.gaps[0]?.day ?? result.from;
    // The notice and its e-mails are written together, or not at all.
    const fresh = await ctx.database.db.transaction().execute((trx) => notifyUsers(trx, ctx, recipients, {
      kind: 'rosterGap',
      title: `值班缺人：${office.organizationName}有 ${office.gaps.length} 天无人值班`,
      body: `${office.organizationName}在 ${result.from} 至 ${result.to} 期间，以下日期尚未安排值班，请及时排班，确保来访和来电有人接待：\n${lines.join('\n')}`,
      en: {
        title: `Roster gaps: nobody on duty at ${office.organizationName} on ${office.gaps.length} day(s)`,
        body: `${office.organizationName} has nobody on these duties between ${result.from} and ${result.to}; fill the roster so that visits and calls are received:\n${gapLinesEn(office).join('\n')}`,
      },
      link: `/reception/duty?org=${office.organizationId}&month=${first.slice(0, 7)}`,
      dedupeKey: `rosterGaps:${office.organizationId}:${crypto.createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`,
    }));
    told += fresh.length;
  }
  if (told > 0) await sendMailSoon(ctx);
  return told;
}
