import type { Actor } from '../accounts/actor.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { OrganizationTree } from '../organizations/organization-tree.ts';
import type { AppContext } from '../platform/context.ts';
import type { GroupVisitTable } from '../platform/database/schema.ts';
import type { GroupVisitReceiver } from '../petitions/procedure.types.ts';
import type { Selectable } from 'kysely';
import { followUpsOf } from './follow-up-find.ts';
import { clockAt } from './group-visit-rules.ts';
import { groupVisitNotFound } from './visit-errors.ts';
import { maskedPeople, unsealPeople } from './visit-people.ts';
import { canRecordGroupReception, canSeeRecord, canUnmaskRecord, isLeaderAt } from './visit-policy.ts';

type Row = Selectable<GroupVisitTable> & { receipt_no: string; title: string };

function presentItem(r: Row, tree: OrganizationTree, now: Date) {
  return {
    id: Number(r.id),
    organizationId: Number(r.organization_id),
    organizationName: tree.get(Number(r.organization_id))?.name ?? '',
    responsibleOrgId: Number(r.responsible_org_id),
    responsibleOrgName: tree.get(Number(r.responsible_org_id))?.name ?? '',
    petitionId: Number(r.petition_id),
    receiptNo: r.receipt_no,
    title: r.title,
    headcount: r.headcount,
    matter: r.matter,
    arrivedAt: r.arrived_at,
    receiverLevel: r.receiver_level as GroupVisitReceiver | null,
    respondWithinMinutes: r.respond_within_minutes,
    respondBy: r.respond_by,
    status: r.status as 'waiting' | 'received' | 'closed',
    clock: clockAt(r.respond_by, now, r.received_at),
    receivedAt: r.received_at,
    receivingLeaderName: r.receiving_leader_name,
  };
}

const baseQuery = (ctx: AppContext) =>
  ctx.database.db
    .selectFrom('group_visits as g')
    .innerJoin('petitions as p', 'p.id', 'g.petition_id')
    .selectAll('g')
    .select(['p.receipt_no', 'p.title']);

/** Groups the actor receives or answers for: waiting ones first, the most pressing clock first. */
export async function findGroupVisits(ctx: AppContext, actor: Actor, query: { status: 'waiting' | 'received' | 'closed' | 'all'; limit: number }) {
  const tree = await getOrganizationDirectory(ctx).tree();
  const now = ctx.clock.now();
  if (actor.grants.length === 0) return { items: [], serverNow: now.toISOString() };
  let q = baseQuery(ctx)
    .innerJoin('organizations as o', 'o.id', 'g.organization_id')
    .innerJoin('organizations as r', 'r.id', 'g.responsible_org_id')
    .where((eb) => eb.or(actor.grants.flatMap((g) => [eb('o.path', 'like', `${g.orgPath}%`), eb('r.path', 'like', `${g.orgPath}%`)])));
  if (query.status !== 'all') q = q.where('g.status', '=', query.status);
  // 'waiting' sorts last alphabetically; a CASE keeps both dialects in agreement.
  const rows = await q
    .orderBy((eb) => eb.case().when('g.status', '=', 'waiting').then(0).else(1).end())
    .orderBy('g.respond_by')
    .orderBy('g.arrived_at', 'desc')
    .limit(query.limit)
    .execute();
  const items = rows
    .filter((r) => {
      const office = tree.get(Number(r.organization_id));
      const responsible = tree.get(Number(r.responsible_org_id));
      return !!office && !!responsible && canSeeRecord(actor, office.path, [responsible.path]);
    })
    .map((r) => presentItem(r, tree, now));
  return { items, serverNow: now.toISOString() };
}

export async function loadGroupVisit(ctx: AppContext, actor: Actor, id: number) {
  const tree = await getOrganizationDirectory(ctx).tree();
  const row = await baseQuery(ctx).where('g.id', '=', id).executeTakeFirst();
  if (!row) throw groupVisitNotFound();
  const office = tree.get(Number(row.organization_id));
  const responsible = tree.get(Number(row.responsible_org_id));
  if (!office || !responsible || !canSeeRecord(actor, office.path, [responsible.path])) throw groupVisitNotFound();
  return { row, tree, office, responsible };
}

export async function getGroupVisitById(ctx: AppContext, actor: Actor, id: number) {
  const { row, tree, office, responsible } = await loadGroupVisit(ctx, actor, id);
  const now = ctx.clock.now();
  const visit = await ctx.database.db.selectFrom('visits').select('id').where('group_visit_id', '=', id).executeTakeFirst();
  const mayRecord = canRecordGroupReception(actor, office.path);
  return {
    ...presentItem(row, tree, now),
    representatives: maskedPeople(row.representatives_mask),
    othersNamed: row.others_sealed ? unsealPeople(row.others_sealed, ctx.keys).length : 0,
    statement: row.statement,
    summary: row.summary,
    visitId: visit ? Number(visit.id) : null,
    followUps: await followUpsOf(ctx, actor, { groupVisitId: id }),
    canReceive: mayRecord && row.status === 'waiting',
    canSummarize: mayRecord && row.status === 'received',
    receiveAsSelf: isLeaderAt(actor, office.path),
    canUnmask: canUnmaskRecord(actor, office.path, [responsible.path]),
    serverNow: now.toISOString(),
  };
}
