import type { Actor } from '../accounts/actor.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { scopeOf } from './case-scope.ts';
import { orgLookup } from './org-lookup.ts';
import { can } from './petition.policy.ts';
import { findPetitionById } from './petition.repository.ts';
import { unsealPersonalData } from './personal-data.ts';

/**
 * Personal data in clear: only for the roles that handle the case, only with a stated reason,
 * and every read is written to the access log before the data leave the server.
 */
export async function unmaskPetitioner(ctx: AppContext, actor: Actor, petitionId: number, petitionerId: number, reason: string) {
  const row = await findPetitionById(ctx.database.db, petitionId);
  const notFound = new AppError('notFound', 'notFound', { zh: '未找到此信访人', en: 'Petitioner not found' });
  if (!row) throw notFound;
  const scope = await scopeOf(orgLookup(ctx), row);
  if (!can(actor, 'view', scope)) throw notFound;
  if (!can(actor, 'unmask', scope)) {
    throw new AppError('forbidden', 'unmaskForbidden', { zh: '没有查看完整个人信息的权限', en: 'You are not allowed to see this personal data in full' });
  }
  const p = await ctx.database.db.selectFrom('petitioners').selectAll().where('id', '=', petitionerId).where('petition_id', '=', petitionId).executeTakeFirst();
  if (!p) throw notFound;
  await ctx.database.db
    .insertInto('personal_data_access')
    .values({ user_id: actor.userId, petition_id: petitionId, petitioner_id: petitionerId, reason: reason.trim(), accessed_at: ctx.clock.now().toISOString() })
    .execute();
  const data = unsealPersonalData({ nameEnc: p.name_enc, idNumberEnc: p.id_number_enc, phoneEnc: p.phone_enc, addressEnc: p.address_enc }, ctx.keys);
  return { id: petitionerId, name: data.name ?? null, idNumber: data.idNumber ?? null, phone: data.phone ?? null, address: data.address ?? null };
}
