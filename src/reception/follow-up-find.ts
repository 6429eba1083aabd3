import type { Kysely } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import { toLocalDate } from '../calendar/index.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { OrganizationTree } from '../organizations/organization-tree.ts';
import type { AppContext } from '../platform/context.ts';
import type { DB } from '../platform/database/schema.ts';
import { isOverdue } from './follow-up-rules.ts';
import { canCloseFollowUp, canSeeFollowUp } from './visit-policy.ts';

const columns = [
  'f.id', 'f.petition_id', 'f.visit_id', 'f.group_visit_id', 'f.promise', 'f.responsible_org_id', 'f.receiving_org_id', 'f.due_on', 'f.status',
  'f.done_at', 'f.outcome', 'p.receipt_no', 'u.display_name as done_by_name',
] as const;

function followUpQuery(db: Kysely<DB>) {
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('petitions as p', 'p.id', 'f.petition_id')
    .leftJoin('users as u', 'u.id', 'f.done_by')
    .select([...columns]);
}
type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUpQuery>['execute']>>[number];

function present(r: FollowUpRow, tree: OrganizationTree, actor: Actor, today: string) {
  const responsible = tree.get(Number(r.responsible_org_id));
  const receiving = tree.get(Number(r.receiving_org_id));
  return {
    id: Number(r.id),
    petitionId: Number(r.petition_id),
    receiptNo: r.receipt_no,
    visitId: r.visit_id === null ? null : Number(r.visit_id),
    groupVisitId: r.group_visit_id === null ? null : Number(r.group_visit_id),
    promise: r.promise,
    responsibleOrgId: Number(r.responsible_org_id),
    responsibleOrgName: responsible?.name ?? '',
    receivingOrgId: Number(r.receiving_org_id),
    dueOn: r.due_on,
    status: r.status as 'open' | 'done',
    overdue: isOverdue({ status: r.status, dueOn: r.due_on }, today),
    doneAt: r.done_at,
    doneByName: r.done_by_name ?? null,
    outcome: r.outcome,
    canClose: r.status === 'open' && !!responsible && !!receiving && canCloseFollowUp(actor, responsible.path, receiving.path),
  };
}
export type FollowUpView = ReturnType<typeof present>;

/** The follow-ups of one visit or group visit, earliest due first. */
export async function followUpsOf(ctx: AppContext, actor: Actor, where: { visitId?: number; groupVisitId?: number }): Promise<FollowUpView[]> {
  const tree = await getOrganizationDirectory(ctx).tree();
  let q = followUpQuery(ctx.database.db);
  if (where.visitId) q = q.where('f.visit_id', '=', where.visitId);
  if (where.groupVisitId) q = q.where('f.group_visit_id', '=', where.groupVisitId);
  const rows = await q.orderBy('f.due_on').orderBy('f.id').execute();
  const today = toLocalDate(ctx.clock.now());
  return rows.map((r) => present(r, tree, actor, today));
}

/**
 * The follow-ups an actor answers for or watches: open ones overdue first, then by due date. The
 * query narrows to the actor's subtrees; the policy then keeps only the roles that count.
 */
export async function findFollowUps(ctx: AppContext, actor: Actor, query: { status: 'open' | 'done' | 'all'; limit: number }) {
  const tree = await getOrganizationDirectory(ctx).tree();
  const today = toLocalDate(ctx.clock.now());
  if (actor.grants.length === 0) return { items: [], today };
  let q = followUpQuery(ctx.database.db)
    .innerJoin('organizations as ro', 'ro.id', 'f.responsible_org_id')
    .innerJoin('organizations as rc', 'rc.id', 'f.receiving_org_id')
    .where((eb) => eb.or(actor.grants.flatMap((g) => [eb('ro.path', 'like', `${g.orgPath}%`), eb('rc.path', 'like', `${g.orgPath}%`)])));
  if (query.status !== 'all') q = q.where('f.status', '=', query.status);
  const rows = await q.orderBy('f.status', 'desc').orderBy('f.due_on').orderBy('f.id').limit(query.limit).execute();
  const items = rows
    .filter((r) => {
      const responsible = tree.get(Number(r.responsible_org_id));
      const receiving = tree.get(Number(r.receiving_org_id));
      return !!responsible && !!receiving && canSeeFollowUp(actor, responsible.path, receiving.path);
    })
    .map((r) => present(r, tree, actor, today));
  return { items, today };
}

export async function followUpById(ctx: AppContext, actor: Actor, id: number): Promise<FollowUpView> {
  const tree = await getOrganizationDirectory(ctx).tree();
  const row = await followUpQuery(ctx.database.db).where('f.id', '=', id).executeTakeFirstOrThrow();
  return present(row, tree, actor, toLocalDate(ctx.clock.now()));
}
