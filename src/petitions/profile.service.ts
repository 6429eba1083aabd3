import { z } from 'zod';
import type { AppContext } from '../platform/context.ts';
import type { Database } from '../platform/database/database.ts';
import { type ProcedureProfile, defaultProfile, groupVisitReceivers } from './procedure.types.ts';

const limit = z.object({ days: z.number().int().min(1).max(365), unit: z.enum(['calendar', 'working']) });
const groupVisitRule = z.object({
  minHeadcount: z.number().int().min(2).max(100000),
  receiver: z.enum(groupVisitReceivers),
  withinMinutes: z.number().int().min(5).max(1440),
});
export const profileSchema = z.object({
  triage: limit,
  acceptance: limit,
  objection: limit,
  handling: limit,
  extensionMaxDays: z.number().int().min(0).max(365),
  reviewRequest: limit,
  review: limit,
  rereviewRequest: limit,
  rereview: limit,
  // Profiles stored before group visits had rules parse with the defaults.
  groupVisitRules: z.array(groupVisitRule).max(10).default(defaultProfile.groupVisitRules),
});

const cache = new WeakMap<Database, { profile: ProcedureProfile; loadedAt: number }>();

/** The default profile of DOMAIN.md §3 unless an administrator stored another. */
export async function getProfile(ctx: Pick<AppContext, 'database'>): Promise<ProcedureProfile> {
  const hit = cache.get(ctx.database);
  if (hit && Date.now() - hit.loadedAt < 60_000) return hit.profile;
  const row = await ctx.database.db.selectFrom('procedure_profiles').select('limits').where('id', '=', 'default').executeTakeFirst();
  const profile = row ? profileSchema.parse(JSON.parse(row.limits)) : defaultProfile;
  cache.set(ctx.database, { profile, loadedAt: Date.now() });
  return profile;
}

export async function updateProfile(ctx: AppContext, userId: number, profile: ProcedureProfile): Promise<ProcedureProfile> {
  const parsed = profileSchema.parse(profile);
  const now = ctx.clock.now().toISOString();
  await ctx.database.db
    .insertInto('procedure_profiles')
    .values({ id: 'default', limits: JSON.stringify(parsed), updated_at: now, updated_by: userId })
    .onConflict((oc) => oc.column('id').doUpdateSet({ limits: JSON.stringify(parsed), updated_at: now, updated_by: userId }))
    .execute();
  cache.delete(ctx.database);
  return parsed;
}
