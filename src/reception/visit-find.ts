import type { Actor } from '../accounts/actor.ts';
import { scopeOf } from '../petitions/case-scope.ts';
import { orgLookup } from '../petitions/org-lookup.ts';
import { can } from '../petitions/petition.policy.ts';
import { findPetitionById } from '../petitions/petition.repository.ts';
import type { AppContext } from '../platform/context.ts';
import { followUpsOf } from './follow-up-find.ts';
import { visitNotFound } from './visit-errors.ts';
import { maskedPeople } from './visit-people.ts';
import { canRecordAt, canUnmaskRecord } from './visit-policy.ts';

const visitQuery = (ctx: AppContext) =>
  ctx.database.db
    .selectFrom('visits as v')
    .innerJoin('petitions as p', 'p.id', 'v.petition_id')
    .innerJoin('users as u', 'u.id', 'v.received_by')
    .innerJoin('organizations as o', 'o.id', 'v.organization_id')
    .selectAll('v')
    .select(['p.receipt_no', 'p.title', 'u.display_name', 'o.path', 'o.name as org_name']);

/** Recent receptions at the organisations where the actor records them, newest first. */
export async function findVisits(ctx: AppContext, actor: Actor, limit: number) {
  const grants = actor.grants.filter((g) => g.role === 'clerk' || g.role === 'leader');
  if (grants.length === 0) return { items: [] };
  const rows = await visitQuery(ctx)
    .where((eb) => eb.or(grants.map((g) => eb('o.path', 'like', `${g.orgPath}%`))))
    .orderBy('v.received_at', 'desc')
    .orderBy('v.id', 'desc')
    .limit(limit)
    .execute();
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      organizationName: r.org_name,
      petitionId: Number(r.petition_id),
      receiptNo: r.receipt_no,
      petitionTitle: r.title,
      outcome: r.outcome as 'registered' | 'linked',
      receivedAt: r.received_at,
      visitorCount: r.visitor_count,
      request: r.request,
    })),
  };
}

/** One visit: the receiving side sees it, and so does anyone who may see its case. */
export async function loadVisit(ctx: AppContext, actor: Actor, id: number) {
  const row = await visitQuery(ctx).where('v.id', '=', id).executeTakeFirst();
  if (!row) throw visitNotFound();
  const petition = await findPetitionById(ctx.database.db, Number(row.petition_id));
  if (!petition) throw visitNotFound();
  const scope = await scopeOf(orgLookup(ctx), petition);
  if (!canRecordAt(actor, row.path) && !can(actor, 'view', scope)) throw visitNotFound();
  return { row, scope };
}

export async function getVisitById(ctx: AppContext, actor: Actor, id: number) {
  const { row, scope } = await loadVisit(ctx, actor, id);
  return {
    id: Number(row.id),
    organizationId: Number(row.organization_id),
    organizationName: row.org_name,
    petitionId: Number(row.petition_id),
    receiptNo: row.receipt_no,
    petitionTitle: row.title,
    outcome: row.outcome as 'registered' | 'linked',
    receivedAt: row.received_at,
    receivedBy: { id: Number(row.received_by), name: row.display_name },
    receivers: JSON.parse(row.receivers) as { name: string; title: string }[],
    visitorCount: row.visitor_count,
    visitors: maskedPeople(row.visitors_mask).map((p) => p.name),
    request: row.request,
    explanation: row.explanation,
    promises: row.promises,
    appointmentId: row.appointment_id === null ? null : Number(row.appointment_id),
    receptionDayId: row.reception_day_id === null ? null : Number(row.reception_day_id),
    groupVisitId: row.group_visit_id === null ? null : Number(row.group_visit_id),
    followUps: await followUpsOf(ctx, actor, { visitId: Number(row.id) }),
    canInstruct: can(actor, 'instruct', scope),
    canUnmask: row.visitors_sealed !== null && canUnmaskRecord(actor, row.path),
  };
}
