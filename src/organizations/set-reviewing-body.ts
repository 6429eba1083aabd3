import { hasRoleOn } from '../accounts/actor.ts';
import { type Caller, isOperator } from '../accounts/caller.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import type { Organization } from './organization.ts';
import { getOrganizationDirectory } from './organization-directory.ts';

const bad = (code: string, zh: string, en: string) => new AppError('badRequest', code, { zh, en });

/**
 * Names the body that reviews an organisation's decisions instead of its parent (null: the parent
 * again). An administrator of the organisation decides. A body can neither review itself or a unit
 * of its own, nor review the body that reviews it: a review always goes to someone else, upwards.
 */
export async function setReviewingBody(ctx: AppContext, caller: Caller, orgId: number, reviewingOrgId: number | null): Promise<Organization> {
  const directory = getOrganizationDirectory(ctx);
  const org = await directory.get(orgId);
  if (!org) throw notFound({ zh: '组织机构', en: 'Organisation' });
  if (!isOperator(caller) && !hasRoleOn(caller, org.path, 'admin')) {
    throw new AppError('forbidden', 'forbidden', { zh: '只有该组织的管理员才能指定复查机关', en: "Only an administrator of the organisation may name who reviews its decisions" });
  }
  if (reviewingOrgId !== null) {
    const reviewer = await directory.get(reviewingOrgId);
    if (!reviewer) throw bad('unknownReviewingBody', '没有这个复查机关', 'There is no such reviewing body');
    if (reviewer.path.startsWith(org.path)) {
      throw bad('reviewingBodyWithin', '复查机关不能是本单位或其下属单位', 'A body cannot be reviewed by itself or by one of its own units');
    }
    if (reviewer.reviewingOrgId === org.id) {
      throw bad('reviewingBodyCycle', `${reviewer.name}的复查机关是本单位，二者不能互为复查机关`, `${reviewer.name} is reviewed by this body; two bodies cannot review each other`);
    }
  }
  await ctx.database.db.updateTable('organizations').set({ reviewing_org_id: reviewingOrgId }).where('id', '=', orgId).execute();
  directory.invalidate();
  return { ...org, reviewingOrgId };
}
