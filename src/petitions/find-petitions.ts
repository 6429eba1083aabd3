import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { toLocalDate } from '../calendar/index.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import type { Locale } from '../platform/http/locale.ts';
import { listByDue } from '../search/search-by-due.ts';
import { findRelatedPetitions, searchPetitions, type SearchQuery } from '../search/search.repository.ts';
import { countByStep } from '../search/search-counts.ts';
import { presentSummary } from './petition.presenter.ts';
import { categories, channels, type Step, steps } from './procedure.types.ts';
import { excludedUserIds, scopeOf } from './case-scope.ts';
import { orgLookup } from './org-lookup.ts';
import { can } from './petition.policy.ts';
import type { PetitionRow } from './petition.repository.ts';
import { type PersonalData, petitionerDigest } from './personal-data.ts';

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

export const searchQuerySchema = z.object({
  q: z.string().max(200).optional(),
  step: csv(steps),
  category: csv(categories),
  channel: csv(channels),
  holderOrgId: z.coerce.number().int().positive().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  registeredFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  registeredTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(['registered', 'due']).default('registered').describe('registered: newest first; due: earliest due first (without q)'),
  cursor: z.string().max(200).optional(),
});
export type SearchParams = z.infer<typeof searchQuerySchema>;

const encodeCursor = (c: { registeredAt: string; id: number }) => Buffer.from(`${c.registeredAt}|${c.id}`).toString('base64url');
function decodeCursor(s: string | undefined) {
  if (!s) return undefined;
  const [registeredAt, id] = Buffer.from(s, 'base64url').toString().split('|');
  return registeredAt && id && /^\d+$/.test(id) ? { registeredAt, id: Number(id) } : undefined;
}

// Local dates in the filters mean whole days in Asia/Shanghai (UTC+8, no daylight saving).
const startOfDay = (d: string) => new Date(`${d}T00:00:00+08:00`).toISOString();
const nextDay = (d: string) => new Date(new Date(`${d}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();

/** The caller's filters as a search query, limited to the subtrees the caller holds grants on. */
async function scopedQuery(ctx: AppContext, actor: Actor, params: Omit<SearchParams, 'sort' | 'cursor'>): Promise<SearchQuery> {
  const directory = getOrganizationDirectory(ctx);
  const paths = [...new Set(actor.grants.map((g) => g.orgPath))].filter((p, _, all) => !all.some((o) => o !== p && p.startsWith(o)));
  const query: SearchQuery = {
    text: params.q?.trim() || undefined,
    step: params.step,
    category: params.category,
    channel: params.channel,
    overdueOn: params.overdue === 'true' ? toLocalDate(ctx.clock.now()) : undefined,
    registeredFrom: params.registeredFrom ? startOfDay(params.registeredFrom) : undefined,
    registeredTo: params.registeredTo ? nextDay(params.registeredTo) : undefined,
    limit: params.limit,
  };
  if (params.holderOrgId !== undefined) {
    const path = await directory.getPath(params.holderOrgId);
    const visible = paths.some((p) => path.startsWith(p));
    query.holderPath = visible ? path : '/0/';
  } else if (paths.length === 1) query.holderPath = paths[0];
  else {
    const tree = await directory.tree();
    query.holderOrgIds = tree.all().filter((o) => paths.some((p) => o.path.startsWith(p))).map((o) => o.id);
  }
  return query;
}

/** The inbox and search: cases held inside the caller's subtrees, filtered, newest first. */
export async function findPetitions(ctx: AppContext, actor: Actor, params: SearchParams, locale: Locale) {
  const directory = getOrganizationDirectory(ctx);
  const query = await scopedQuery(ctx, actor, params);
  if (params.sort !== 'due') query.cursor = decodeCursor(params.cursor);
  const result = params.sort === 'due' && !query.text ? await byDue(ctx, query, params.cursor) : await searchPetitions(ctx.database.reads, ctx.database.dialect, query);
  const rows = result.ids.length === 0 ? [] : await ctx.database.reads.selectFrom('petitions').selectAll().where('id', 'in', result.ids).execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const today = toLocalDate(ctx.clock.now());
  const items = [];
  for (const id of result.ids) {
    const row = byId.get(id);
    // Excluded staff never see the case; exclusions are rare, so the page is filtered here.
    if (!row || excludedUserIds(row).includes(actor.userId)) continue;
    const holder = await directory.get(Number(row.holder_org_id));
    items.push(presentSummary(row, () => holder?.name ?? '', today, locale));
  }
  const next = typeof result.next === 'string' ? result.next : result.next ? encodeCursor(result.next) : null;
  return { items, total: result.total, next };
}

/** Due-date order pages by offset; its cursor is the offset, opaque to the client like the other. */
async function byDue(ctx: AppContext, query: SearchQuery, cursor: string | undefined) {
  const offset = cursor?.startsWith('o') && /^o\d+$/.test(cursor) ? Number(cursor.slice(1)) : 0;
  const page = await listByDue(ctx.database.reads, { ...query, cursor: undefined, offset });
  return { ids: page.ids, total: null, next: page.more ? `o${offset + page.ids.length}` : null };
}

/** Proposed while a clerk types: same matter, same respondent, same petitioner. */
export async function findRelated(ctx: AppContext, actor: Actor, input: { text: string; respondentText?: string | undefined; petitioner?: PersonalData | undefined; excludeId?: number | undefined }) {
  const p = input.petitioner;
  const digest = p ? petitionerDigest(p, ctx.keys) : null;
  const found = await findRelatedPetitions(ctx.database.reads, ctx.database.dialect, {
    text: input.text,
    respondentText: input.respondentText ?? null,
    petitionerDigest: digest,
    excludeId: input.excludeId,
    limit: 10,
  });
  if (found.length === 0) return [];
  // Only cases the caller may see are proposed: the rest would reveal that they exist.
  const rows = await ctx.database.reads.selectFrom('petitions').selectAll().where('id', 'in', found.map((r) => r.id)).execute();
  const orgs = orgLookup(ctx);
  const visible = new Map<number, PetitionRow>();
  for (const row of rows) if (can(actor, 'view', await scopeOf(orgs, row))) visible.set(Number(row.id), row);
  return found.flatMap((r) => {
    const row = visible.get(r.id);
    return row ? [{ id: r.id, receiptNo: row.receipt_no, title: row.title, step: row.step as Step, registeredOn: row.registered_on, reasons: [...r.reasons] }] : [];
  });
}

/** How many cases each step tab holds under the same filters (the step filter aside), in one request. */
export async function countPetitionsByStep(ctx: AppContext, actor: Actor, params: Omit<SearchParams, 'sort' | 'step' | 'cursor' | 'limit'>) {
  const query = await scopedQuery(ctx, actor, { ...params, step: undefined, limit: 1 });
  return countByStep(ctx.database.reads, ctx.database.dialect, query);
}
