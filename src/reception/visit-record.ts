import { type Actor, hasRoleOn } from '../accounts/actor.ts';
import { appendEvents } from '../audit/event-log.ts';
import { compareDates, toLocalDate } from '../calendar/index.ts';
import { actOnPetition } from '../petitions/act-on-petition.ts';
import { scopeOf } from '../petitions/case-scope.ts';
import { orgLookup } from '../petitions/org-lookup.ts';
import { can } from '../petitions/petition.policy.ts';
import { findPetitionByReceipt } from '../petitions/petition.repository.ts';
import { registerPetition } from '../petitions/register-petition.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { insertFollowUps, staffEvent } from './follow-up-create.ts';
import { checkPromises } from './follow-up-rules.ts';
import { inFuture, notAllowedToRecord, petitionNotFound } from './visit-errors.ts';
import { sealPeople } from './visit-people.ts';
import { canRecordAt } from './visit-policy.ts';
import type { RecordVisitBody } from './visit.schemas.ts';

const bad = (code: string, zh: string, en: string) => new AppError('badRequest', code, { zh, en });

/**
 * Records one in-person reception. Everything that can be refused is checked first; then a new
 * petition is registered from the visit (its own transaction, like any registration), and the
 * visit, its promises and their events are written together. A leader's instruction goes through
 * the procedure last, as the leader's own `instructed` event.
 */
export async function recordVisit(ctx: AppContext, actor: Actor, body: RecordVisitBody) {
  const orgs = orgLookup(ctx);
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  const orgId = body.organizationId ?? actor.orgId;
  const org = await orgs.get(orgId);
  if (!canRecordAt(actor, org.path)) throw notAllowedToRecord();
  const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
  if (receivedAt > now) throw inFuture({ zh: '接待时间', en: 'The time of the reception' });

  checkPromises(body.promises, today);
  for (const p of body.promises) await orgs.get(p.responsibleOrgId);
  if (body.instruction?.responsibleOrgId) await orgs.get(body.instruction.responsibleOrgId);
  if (body.instruction?.dueOn && compareDates(body.instruction.dueOn, today) <= 0) {
    throw bad('instructionDueInPast', '批示办理期限必须晚于今天', 'The due date of an instruction must be after today');
  }
  const visitors = body.visitors.filter((v) => v.name.trim() !== '');
  const visitorCount = body.visitorCount ?? Math.max(1, visitors.length);
  if (visitorCount < visitors.length) throw bad('visitorCountTooLow', '来访人数不能少于登记的来访人', 'The number of visitors cannot be lower than the people named');

  let receptionDayId = body.receptionDayId ?? null;
  if (body.appointmentId) {
    const appointment = await db.selectFrom('appointments').select(['status', 'reception_day_id']).where('id', '=', body.appointmentId).executeTakeFirst();
    if (!appointment) throw new AppError('notFound', 'appointmentNotFound', { zh: '未找到此预约', en: 'Appointment not found' });
    // A booking marked "attended" on the day's list still awaits its visit record.
    const recorded = await db.selectFrom('visits').select('id').where('appointment_id', '=', body.appointmentId).executeTakeFirst();
    if (!['booked', 'attended'].includes(appointment.status) || recorded) throw appointmentNotOpen();
    receptionDayId ??= Number(appointment.reception_day_id);
  }
  if (receptionDayId && !(await db.selectFrom('reception_days').select('id').where('id', '=', receptionDayId).executeTakeFirst())) {
    throw new AppError('notFound', 'receptionDayNotFound', { zh: '未找到此接访日', en: 'Reception day not found' });
  }

  let petitionId: number;
  let receiptNo: string;
  let queryCode: string | null = null;
  if (body.outcome.kind === 'link') {
    const row = await findPetitionByReceipt(db, body.outcome.receiptNo.trim().toUpperCase());
    if (!row) throw petitionNotFound();
    const scope = await scopeOf(orgs, row);
    if (!can(actor, 'view', scope)) throw petitionNotFound();
    if (body.instruction && !can(actor, 'instruct', scope)) throw instructionNeedsLeader();
    petitionId = Number(row.id);
    receiptNo = row.receipt_no;
  } else {
    // The new case is held by the receiving organisation, so its leaders may instruct on it.
    if (body.instruction && !canInstructAt(actor, org.path)) throw instructionNeedsLeader();
    const receipt = await registerPetition(ctx, {
      ...body.outcome.petition,
      channel: 'visit',
      request: body.request,
      anonymous: false,
      petitioners: visitors,
      signerCount: visitorCount,
      attachments: [],
      registeringOrgId: orgId,
      receivedBy: actor.userId,
      actor: { kind: 'staff', userId: actor.userId, orgId: actor.orgId },
    });
    petitionId = receipt.id;
    receiptNo = receipt.receiptNo;
    queryCode = receipt.queryCode;
  }

  const people = visitors.length > 0 ? sealPeople(visitors, ctx.keys) : null;
  const stamp = now.toISOString();
  const outcome = body.outcome.kind === 'link' ? 'linked' : 'registered';
  const recorded = await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('visits')
      .values({
        organization_id: orgId,
        petition_id: petitionId,
        outcome,
        received_at: receivedAt.toISOString(),
        received_by: actor.userId,
        receivers: JSON.stringify(body.receivers),
        reception_day_id: receptionDayId,
        appointment_id: body.appointmentId ?? null,
        group_visit_id: null,
        visitor_count: visitorCount,
        visitors_sealed: people?.sealed ?? null,
        visitors_mask: people?.masked ?? null,
        request: body.request,
        explanation: body.explanation,
        promises: body.promises.length > 0 ? body.promises.map((p) => p.promise.trim()).join('\n') : null,
        created_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const visitId = Number(id);
    if (body.appointmentId) {
      // The booking now shows the case its visit registered or joined.
      const marked = await trx
        .updateTable('appointments')
        .set({ status: 'attended', petition_id: petitionId, receipt_no: receiptNo })
        .where('id', '=', body.appointmentId)
        .where('status', 'in', ['booked', 'attended'])
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) throw appointmentNotOpen();
    }
    const followUps = await insertFollowUps(trx, actor, stamp, { petitionId, visitId, groupVisitId: null, receivingOrgId: orgId }, body.promises);
    await appendEvents(trx, ctx.database.dialect, [
      {
        petitionId,
        type: 'visitRecorded',
        ...staffEvent(actor, stamp),
        payload: { visitId, orgId, receivedOn: toLocalDate(receivedAt), outcome, promised: body.promises.length > 0 },
        public: true,
      },
      ...followUps.events,
    ]);
    return { visitId, followUpIds: followUps.ids };
  });

  let instructed = false;
  if (body.instruction) {
    try {
      await instructOn(ctx, actor, petitionId, body.instruction);
      instructed = true;
    } catch (error) {
      // The visit is already on record; the leader can add the instruction from the visit page.
      ctx.logger.warn({ err: error, visitId: recorded.visitId }, 'instruction at a visit not recorded');
    }
  }
  return { id: recorded.visitId, petitionId, receiptNo, queryCode, outcome, followUpIds: recorded.followUpIds, instructed } as const;
}

const appointmentNotOpen = () =>
  new AppError('conflict', 'appointmentNotBooked', { zh: '此预约已取消，或已登记过接访记录', en: 'This appointment was cancelled, or its visit is already on record' });

export const instructionNeedsLeader = () =>
  new AppError('forbidden', 'instructionNeedsLeader', { zh: '批示只能由领导本人登记', en: 'Only the leader records their own instruction' });

const canInstructAt = (actor: Actor, path: string) => hasRoleOn(actor, path, 'leader');

/** A leader's instruction on a case: the procedure's own `instructed` event, by the leader. */
export function instructOn(ctx: AppContext, actor: Actor, petitionId: number, instruction: { text: string; responsibleOrgId?: number | undefined; dueOn?: string | undefined }) {
  return actOnPetition(ctx, { kind: 'staff', actor }, petitionId, { type: 'instruct', text: instruction.text, responsibleOrgId: instruction.responsibleOrgId, dueOn: instruction.dueOn });
}
