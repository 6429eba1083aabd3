import crypto from 'node:crypto';
import { daysBetween, toLocalDate } from '../calendar/index.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { tokenHash } from '../platform/crypto.ts';
import { AppError } from '../platform/errors.ts';
import type { Locale } from '../platform/http/locale.ts';
import { caseStateOf } from './case-state.ts';
import { loadPublicCaseDetails } from './load-case.ts';
import { orgLookup } from './org-lookup.ts';
import { presentDeadline } from './petition.presenter.ts';
import { type CaseKey, findCaseKey, findPetitionById, type PetitionRow } from './petition.repository.ts';
import { publicViewCacheOf, versionOf } from './public-view-cache.ts';
import { availableCommands } from './procedure.ts';
import { eventLabels, stepLabel } from './procedure.labels.ts';
import type { PublicCaseView } from './petition.responses.ts';
import type { Category, Channel, Decision, Outcome, Rating, ReviewResult, Step } from './procedure.types.ts';

/** The same answer for an unknown receipt and a wrong code, so neither can be probed. */
export const lookupFailed = () =>
  new AppError('notFound', 'lookupFailed', { zh: '受理编号或查询码不正确', en: 'The receipt number or query code is not correct' });

export async function openPublicCase(ctx: AppContext, receiptNo: string, queryCode: string): Promise<CaseKey> {
  const row = await findCaseKey(ctx.database, receiptNo.trim().toUpperCase());
  const given = Buffer.from(tokenHash(queryCode.trim().toUpperCase(), ctx.keys));
  const stored = Buffer.from(row?.query_code_hash ?? '0'.repeat(given.length));
  if (!row || stored.length !== given.length || !crypto.timingSafeEqual(stored, given)) throw lookupFailed();
  return row;
}

/** The public view as JSON, from the cache while the case, the day and the organisation names are unchanged. */
export async function publicViewJson(ctx: AppContext, row: CaseKey, locale: Locale): Promise<string> {
  const cache = publicViewCacheOf(ctx.database);
  const names = versionOf(await getOrganizationDirectory(ctx).tree());
  const key = `${row.id}:${locale}`;
  const stamp = `${row.head}|${row.version}|${row.updated_at}|${toLocalDate(ctx.clock.now())}|${names}`;
  const hit = cache.get(key, stamp);
  if (hit !== undefined) return hit;
  // Built from what is read after the row: if the case changed in between, the view is newer than
  // the stamp, and the next look-up (which reads the newer head) builds it again.
  const json = JSON.stringify(await publicViewOf(ctx, row, locale));
  cache.set(key, stamp, json);
  return json;
}

/** The public view of an opened case, built afresh. */
export async function publicViewOf(ctx: AppContext, opened: CaseKey, locale: Locale): Promise<PublicCaseView> {
  const row = await findPetitionById(ctx.database.db, opened.id);
  if (!row) throw lookupFailed();
  return getPublicView(ctx, row, locale);
}

/** What the petitioner sees: where the case is, who holds it, due dates, public events, documents — no one's personal data. */
export async function getPublicView(ctx: AppContext, row: PetitionRow, locale: Locale): Promise<PublicCaseView> {
  const details = await loadPublicCaseDetails(ctx.database.db, Number(row.id));
  const orgs = orgLookup(ctx);
  const today = toLocalDate(ctx.clock.now());
  const en = locale === 'en';
  const name = async (id: unknown) => (typeof id === 'number' ? (await orgs.find(id))?.name ?? null : null);
  const state = caseStateOf(row, details.deadlines);
  const available = availableCommands(state, today);
  const window = state.deadlines.find((d) => d.kind === 'reviewRequest' || d.kind === 'rereviewRequest');
  const timeline = [];
  for (const e of details.events) {
    const label = eventLabels[e.type] ?? { zh: e.type, en: e.type };
    const p = e.payload;
    timeline.push({
      type: e.type,
      label: en ? label.en : label.zh,
      occurredAt: e.occurredAt,
      // An instruction names the body made responsible, not the leader's words, which stay internal.
      orgName: (await name(p.toOrgId)) ?? (await name(p.responsibleOrgId)) ?? (await name(p.orgId)) ?? null,
      dueOn: typeof p.dueOn === 'string' ? p.dueOn : null,
      // Events that carry words meant for the petitioner put them in `publicText`.
      detail: typeof p.publicText === 'string' ? p.publicText : null,
    });
  }
  const step = row.step as Step;
  return {
    receiptNo: row.receipt_no,
    title: row.title,
    channel: row.channel as Channel,
    category: row.category as Category,
    registeredOn: row.registered_on,
    step,
    stepLabel: en ? stepLabel(step).en : stepLabel(step).zh,
    outcome: row.outcome as Outcome | null,
    holderOrgName: (await orgs.get(Number(row.holder_org_id))).name,
    decision: row.decision as Decision | null,
    reviewResult: row.review_result as ReviewResult | null,
    deadlines: await Promise.all(details.deadlines.filter((d) => d.kind !== 'objection').map(async (d) => ({ ...presentDeadline(d, today, locale), holderOrgName: (await orgs.get(Number(d.holder_org_id))).name }))),
    timeline,
    documents: details.documents.map((d) => ({ id: Number(d.id), title: d.title, body: d.body, sha256: d.sha256, issuedAt: d.issued_at, deliveredOn: d.delivered_on })),
    review: {
      canRequestReview: available.includes('requestReview'),
      canRequestRereview: available.includes('requestRereview'),
      windowEndsOn: window?.due.dueOn ?? null,
      daysLeft: window ? Math.max(0, daysBetween(today, window.due.dueOn)) : null,
    },
    canEvaluate: available.includes('evaluate'),
    evaluation: row.evaluation as Rating | null,
    canWithdraw: available.includes('withdraw'),
  };
}
