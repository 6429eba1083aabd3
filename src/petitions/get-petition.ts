import { type Actor, hasRoleOn } from '../accounts/actor.ts';
import { toLocalDate } from '../calendar/index.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Locale } from '../platform/http/locale.ts';
import { scopeOf } from './case-scope.ts';
import { caseStateOf } from './case-state.ts';
import { loadCaseDetails } from './load-case.ts';
import { orgLookup } from './org-lookup.ts';
import { can, isSealedFrom } from './petition.policy.ts';
import { presentDeadline, presentEvent, presentSummary } from './petition.presenter.ts';
import type { PetitionView } from './petition.responses.ts';
import { findPetitionById } from './petition.repository.ts';
import { availableCommands } from './procedure.ts';
import type { Decision, DeliveryMethod, DocumentKind, Rating, ReviewResult, Step } from './procedure.types.ts';

/** The case page: everything a member of staff may see of one case, and what they may do next. */
export async function getPetitionById(ctx: AppContext, actor: Actor, id: number, locale: Locale): Promise<PetitionView> {
  const db = ctx.database.db;
  const row = await findPetitionById(db, id);
  const notFound = new AppError('notFound', 'notFound', { zh: '未找到此信访事项', en: 'Petition not found' });
  if (!row) throw notFound;
  const orgs = orgLookup(ctx);
  const scope = await scopeOf(orgs, row);
  // Staff outside the case's organisations learn nothing, not even that it exists.
  if (!can(actor, 'view', scope)) throw notFound;
  const details = await loadCaseDetails(db, id);
  const today = toLocalDate(ctx.clock.now());
  const sealed = isSealedFrom(actor, scope);
  const names = new Map<number, string>();
  const orgIds = [row.holder_org_id, row.registering_org_id, row.routing_org_id, row.respondent_org_id, ...details.deadlines.map((d) => d.holder_org_id)];
  for (const oid of orgIds) if (oid !== null) names.set(Number(oid), (await orgs.get(Number(oid))).name);
  const state = caseStateOf(row, details.deadlines);
  const offered = availableCommands(state, today);
  // Any issued notice not yet delivered can be recorded as delivered, whatever the step.
  if (!offered.includes('deliver') && details.documents.some((d) => d.delivered_at === null)) offered.push('deliver');
  const actions = offered.filter((t) => can(actor, t, scope));
  return {
    ...presentSummary(row, (oid) => names.get(oid) ?? String(oid), today, locale),
    request: row.request,
    content: row.content,
    respondentText: row.respondent_text,
    respondentOrgId: row.respondent_org_id === null ? null : Number(row.respondent_org_id),
    placeDivisionCode: row.place_division_code,
    placeAddress: row.place_address,
    registeringOrgId: Number(row.registering_org_id),
    routingOrgId: Number(row.routing_org_id),
    decision: row.decision as Decision | null,
    reviewResult: row.review_result as ReviewResult | null,
    evaluation: row.evaluation as Rating | null,
    extended: row.extended === 1,
    // An accusation's reporter is sealed from the accused organisation: not even masked data.
    sealed,
    petitioners: sealed
      ? []
      : details.petitioners.map((p) => ({ id: Number(p.id), ordinal: p.ordinal, name: p.name_masked, idNumber: p.id_number_masked, phone: p.phone_masked, address: p.address_masked })),
    attachments: sealed ? [] : details.attachments.map((a) => ({ sha256: a.sha256, name: a.name, size: a.size, contentType: a.content_type })),
    deadlines: details.deadlines.map((d) => ({ ...presentDeadline(d, today, locale), holderOrgName: names.get(Number(d.holder_org_id)) ?? '' })),
    events: details.events.map((e) => presentEvent(e, locale)),
    documents: details.documents.map((d) => ({
      id: Number(d.id),
      kind: d.kind as DocumentKind,
      title: d.title,
      body: d.body,
      sha256: d.sha256,
      issuedAt: d.issued_at,
      deliveredOn: d.delivered_on,
      deliveryMethod: d.delivery_method as DeliveryMethod | null,
    })),
    links: details.links.map((l) => ({ id: Number(l.id), receiptNo: l.receipt_no, title: l.title, step: l.step as Step })),
    allowedActions: actions,
    canUnmask: can(actor, 'unmask', scope),
    excludedStaff: await excludedStaff(ctx, scope.excludedUserIds),
    canManageExclusions: hasRoleOn(actor, scope.holderPath, 'approver', 'supervisor'),
  };
}

async function excludedStaff(ctx: AppContext, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const users = await ctx.database.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return users.map((u) => ({ userId: Number(u.id), name: u.display_name }));
}
