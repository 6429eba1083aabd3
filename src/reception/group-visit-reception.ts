import type { Actor } from '../accounts/actor.ts';
import { appendEvents } from '../audit/event-log.ts';
import { toLocalDate } from '../calendar/index.ts';
import { orgLookup } from '../petitions/org-lookup.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { insertFollowUps, staffEvent } from './follow-up-create.ts';
import { checkPromises, type PromiseInput } from './follow-up-rules.ts';
import { clockAt } from './group-visit-rules.ts';
import { groupVisitNotFound, inFuture } from './visit-errors.ts';
import { canRecordGroupReception, canSeeRecord, isLeaderAt } from './visit-policy.ts';

export interface ReceptionInput {
  receivingLeaderName?: string | undefined;
  receivedAt?: string | undefined;
  statement: string;
  promises: PromiseInput[];
}

async function loadForChange(ctx: AppContext, actor: Actor, id: number) {
  const orgs = orgLookup(ctx);
  const row = await ctx.database.db.selectFrom('group_visits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw groupVisitNotFound();
  const [office, responsible] = await Promise.all([orgs.get(Number(row.organization_id)), orgs.get(Number(row.responsible_org_id))]);
  if (!canSeeRecord(actor, office.path, [responsible.path])) throw groupVisitNotFound();
  if (!canRecordGroupReception(actor, office.path)) {
    throw new AppError('forbidden', 'forbidden', { zh: '只有接待机构的领导或登记员可以登记集体访接待情况', en: 'Only leaders and clerks of the receiving office record a group’s reception' });
  }
  return { row, office };
}

/**
 * Who came to receive the group, when, what they said and promised. A leader records it as
 * themselves; a clerk records it on a leader's behalf and must name the leader. The reception is
 * also a visit record of the case, so every reception of a petitioner shows in one list.
 */
export async function recordGroupReception(ctx: AppContext, actor: Actor, id: number, input: ReceptionInput) {
  const orgs = orgLookup(ctx);
  const { row, office } = await loadForChange(ctx, actor, id);
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  if (row.status !== 'waiting') throw new AppError('conflict', 'alreadyReceived', { zh: '此集体访已登记接待情况', en: 'This group’s reception is already recorded' });
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt > now) throw inFuture({ zh: '接待时间', en: 'The time of the reception' });
  if (receivedAt.getTime() < Date.parse(row.arrived_at)) {
    throw new AppError('badRequest', 'receivedBeforeArrival', { zh: '接待时间不能早于到达时间', en: 'The reception cannot be before the group arrived' });
  }
  const named = input.receivingLeaderName?.trim() || null;
  const self = !named && isLeaderAt(actor, office.path);
  if (!named && !self) {
    throw new AppError('badRequest', 'receivingLeaderRequired', { zh: '代领导登记时请填写接待领导姓名', en: 'Name the leader who received the group when recording on their behalf' });
  }
  checkPromises(input.promises, today);
  for (const p of input.promises) await orgs.get(p.responsibleOrgId);
  const leaderName = named ?? actor.displayName;
  const withinLimit = clockAt(row.respond_by, now, receivedAt.toISOString())?.withinLimit ?? null;
  const stamp = now.toISOString();
  const petitionId = Number(row.petition_id);

  return ctx.database.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('group_visits')
      .set({ status: 'received', received_at: receivedAt.toISOString(), receiving_leader_id: self ? actor.userId : null, receiving_leader_name: leaderName, statement: input.statement.trim(), updated_at: stamp })
      .where('id', '=', id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'alreadyReceived', { zh: '此集体访已登记接待情况', en: 'This group’s reception is already recorded' });
    const { id: visitRowId } = await trx
      .insertInto('visits')
      .values({
        organization_id: Number(row.organization_id),
        petition_id: petitionId,
        outcome: 'linked',
        received_at: receivedAt.toISOString(),
        received_by: actor.userId,
        receivers: JSON.stringify([{ name: leaderName, title: '' }]),
        reception_day_id: null,
        appointment_id: null,
        group_visit_id: id,
        visitor_count: row.headcount,
        visitors_sealed: null,
        visitors_mask: null,
        request: row.matter,
        explanation: input.statement.trim(),
        promises: input.promises.length > 0 ? input.promises.map((p) => p.promise.trim()).join('\n') : null,
        created_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const visitId = Number(visitRowId);
    const followUps = await insertFollowUps(trx, actor, stamp, { petitionId, visitId, groupVisitId: id, receivingOrgId: Number(row.organization_id) }, input.promises);
    await appendEvents(trx, ctx.database.dialect, [
      {
        petitionId,
        type: 'groupVisitReceived',
        ...staffEvent(actor, stamp),
        payload: { groupVisitId: id, visitId, orgId: Number(row.organization_id), receivedAt: receivedAt.toISOString(), receivingLeaderName: leaderName, withinLimit, statement: input.statement.trim(), promised: input.promises.length > 0 },
        public: true,
      },
      ...followUps.events,
    ]);
    return { visitId, followUpIds: followUps.ids, withinLimit };
  });
}

/**
 * The note written after the reception, kept with the case for staff. It is internal: what the
 * group was promised, and by when, already reaches their timeline through the follow-ups.
 */
export async function summarizeGroupVisit(ctx: AppContext, actor: Actor, id: number, summary: string): Promise<void> {
  const { row } = await loadForChange(ctx, actor, id);
  if (row.status === 'waiting') throw new AppError('conflict', 'notYetReceived', { zh: '请先登记接待情况，再填写接待小结', en: 'Record the reception before its summary' });
  if (row.status === 'closed') throw new AppError('conflict', 'alreadySummarized', { zh: '此集体访已有接待小结', en: 'This group visit already has its summary' });
  const stamp = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('group_visits').set({ status: 'closed', summary: summary.trim(), updated_at: stamp }).where('id', '=', id).where('status', '=', 'received').executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'alreadySummarized', { zh: '此集体访已有接待小结', en: 'This group visit already has its summary' });
    await appendEvents(trx, ctx.database.dialect, [
      { petitionId: Number(row.petition_id), type: 'groupVisitSummarized', ...staffEvent(actor, stamp), payload: { groupVisitId: id, summary: summary.trim() }, public: false },
    ]);
  });
}
