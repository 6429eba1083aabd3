import type { Actor } from '../accounts/actor.ts';
import { addDays, toLocalDate } from '../calendar/index.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { actOnPetition } from './act-on-petition.ts';

const activeSteps = ['triage', 'acceptance', 'handling', 'review', 'rereview'];
export const DUE_SOON_DAYS = 3;

/**
 * Open steps that are overdue or due soon, by holding organisation, across the subtrees the
 * supervisor or leader watches: where responsiveness needs a push, never a count of people.
 */
export async function getSupervisionOverview(ctx: AppContext, actor: Actor) {
  const roots = actor.grants.filter((g) => g.role === 'supervisor' || g.role === 'leader');
  if (roots.length === 0) throw new AppError('forbidden', 'forbidden', { zh: '没有督办权限', en: 'You do not supervise any organisation' });
  const today = toLocalDate(ctx.clock.now());
  const soon = addDays(today, DUE_SOON_DAYS);
  const tree = await getOrganizationDirectory(ctx).tree();
  const watched = tree.all().filter((o) => roots.some((r) => o.path.startsWith(r.orgPath)));
  const ids = watched.map((o) => o.id);
  if (ids.length === 0) return { today, dueSoonDays: DUE_SOON_DAYS, organizations: [] };
  const rows = await ctx.database.reads
    .selectFrom('petitions')
    .select((eb) => [
      'holder_org_id',
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('due_on', '<', today).then(1).else(0).end()).as('overdue'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('due_on', '>=', today), eb('due_on', '<=', soon)])).then(1).else(0).end()).as('due_soon'),
    ])
    .where('step', 'in', activeSteps)
    .where('holder_org_id', 'in', ids)
    .groupBy('holder_org_id')
    .execute();
  const byOrg = new Map(rows.map((r) => [Number(r.holder_org_id), r]));
  const organizations = watched
    .map((o) => {
      const r = byOrg.get(o.id);
      return { orgId: o.id, name: o.name, parentId: o.parentId, path: o.path, open: Number(r?.open ?? 0), overdue: Number(r?.overdue ?? 0), dueSoon: Number(r?.due_soon ?? 0) };
    })
    .filter((o) => o.open > 0);
  return { today, dueSoonDays: DUE_SOON_DAYS, organizations };
}

/**
 * Urges many cases at once; each is its own transaction and its own event, and each may fail alone.
 * A refusal's message is in the reader's language, like every other error the API answers.
 */
export async function urgeMany(ctx: AppContext, actor: Actor, ids: number[], note: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const results: { id: number; ok: boolean; code?: string; message?: string }[] = [];
  for (const id of ids) {
    try {
      await actOnPetition(ctx, { kind: 'staff', actor }, id, { type: 'urge', note });
      results.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code, message: locale === 'en' ? error.text.en : error.text.zh });
    }
  }
  return { results };
}
