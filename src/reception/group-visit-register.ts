import type { Actor } from '../accounts/actor.ts';
import { appendEvents } from '../audit/event-log.ts';
import { toLocalDate } from '../calendar/index.ts';
import { sendMailSoon } from '../notifications/mail-sender.ts';
import { notifyUsers } from '../notifications/notify.ts';
import { orgLookup } from '../petitions/org-lookup.ts';
import { getProfile } from '../petitions/profile.service.ts';
import { registerPetition } from '../petitions/register-petition.ts';
import type { AppContext } from '../platform/context.ts';
import type { Locale } from '../platform/http/locale.ts';
import { whoIsOnDuty } from './duty-lookup.ts';
import { staffEvent } from './follow-up-create.ts';
import { checkGroupMembers, responseDutyFor } from './group-visit-rules.ts';
import { receiverLabel } from './group-visit.labels.ts';
import { inFuture, notAllowedToRecord } from './visit-errors.ts';
import { sealPeople } from './visit-people.ts';
import { canRecordAt } from './visit-policy.ts';
import { displayNames, usersWithRoleOn } from './visit-recipients.ts';
import type { RegisterGroupVisitBody } from './visit.schemas.ts';

/**
 * Registers a group visit: a joint petition with the representatives as petitioners, the response
 * clock the profile sets for the headcount, and notices at once to today's on-call leader(s) of the
 * receiving office and to the responsible unit's heads. Nobody on call never stops the
 * registration: the office's approvers are told instead, and the answer says so.
 */
export async function registerGroupVisit(ctx: AppContext, actor: Actor, body: RegisterGroupVisitBody, locale: Locale) {
  const orgs = orgLookup(ctx);
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const orgId = body.organizationId ?? actor.orgId;
  const [office, responsible, profile] = await Promise.all([orgs.get(orgId), orgs.get(body.responsibleOrgId), getProfile(ctx)]);
  if (!canRecordAt(actor, office.path)) throw notAllowedToRecord();
  const arrivedAt = body.arrivedAt ? new Date(body.arrivedAt) : now;
  if (arrivedAt > now) throw inFuture({ zh: '到达时间', en: 'The time of arrival' });
  checkGroupMembers({ headcount: body.headcount, representatives: body.representatives, others: body.others });

  const receipt = await registerPetition(ctx, {
    channel: 'visit',
    category: body.category,
    classification: body.classification,
    title: body.title,
    request: body.matter,
    content: body.content?.trim() ? body.content : body.matter,
    respondentText: body.respondentText,
    respondentOrgId: body.respondentOrgId,
    placeDivisionCode: body.placeDivisionCode,
    placeAddress: body.placeAddress,
    signerCount: body.headcount,
    anonymous: false,
    petitioners: body.representatives.map((r) => ({ name: r.name, phone: r.phone })),
    attachments: [],
    registeringOrgId: orgId,
    receivedBy: actor.userId,
    actor: { kind: 'staff', userId: actor.userId, orgId: actor.orgId },
  });

  const duty = responseDutyFor(profile.groupVisitRules, body.headcount, arrivedAt.toISOString());
  const reps = sealPeople(body.representatives, ctx.keys);
  const others = body.others.length > 0 ? sealPeople(body.others.map((name) => ({ name })), ctx.keys).sealed : null;
  const today = toLocalDate(now);
  const stamp = now.toISOString();
  const result = await db.transaction().execute(async (trx) => {
    const onCall = await whoIsOnDuty(trx, office.path, today, 'onCall');
    const unitHeads = await usersWithRoleOn(trx, responsible.id, ['approver', 'leader']);
    const officeApprovers = onCall.length === 0 ? await usersWithRoleOn(trx, office.id, ['approver']) : [];
    const { id } = await trx
      .insertInto('group_visits')
      .values({
        organization_id: orgId,
        responsible_org_id: responsible.id,
        petition_id: receipt.id,
        headcount: body.headcount,
        matter: body.matter,
        arrived_at: arrivedAt.toISOString(),
        receiver_level: duty?.receiver ?? null,
        respond_within_minutes: duty?.withinMinutes ?? null,
        respond_by: duty?.respondBy ?? null,
        representatives_sealed: reps.sealed,
        representatives_mask: reps.masked,
        others_sealed: others,
        duty_leader_id: onCall[0] ?? null,
        status: 'waiting',
        received_at: null,
        receiving_leader_id: null,
        receiving_leader_name: null,
        statement: null,
        summary: null,
        created_by: actor.userId,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const groupVisitId = Number(id);
    const who = duty ? `须由${receiverLabel(duty.receiver).zh}在 ${duty.withinMinutes} 分钟内接待` : '按一般来访接待';
    await notifyUsers(trx, ctx, [...onCall, ...unitHeads, ...officeApprovers], {
      kind: 'groupVisitArrived',
      title: `集体访 ${body.headcount} 人到达${office.name}：${body.title}`,
      body: `${body.headcount} 人集体来访，责任单位：${responsible.name}，${who}。受理编号 ${receipt.receiptNo}。`,
      en: {
        title: `A group of ${body.headcount} arrived at ${office.name}: ${body.title}`,
        body: `${body.headcount} people came together; responsible: ${responsible.name}; ${duty ? `to be received by ${receiverLabel(duty.receiver).en} within ${duty.withinMinutes} minutes` : 'to be received as an ordinary visit'}. Receipt ${receipt.receiptNo}.`,
      },
      link: `/reception/group-visits/${groupVisitId}`,
      dedupeKey: `groupVisitArrived:${groupVisitId}`,
    });
    await appendEvents(trx, ctx.database.dialect, [
      {
        petitionId: receipt.id,
        type: 'groupVisitRegistered',
        ...staffEvent(actor, stamp),
        // The headcount and the clock only: the members' names never enter the history.
        payload: { groupVisitId, orgId, responsibleOrgId: responsible.id, headcount: body.headcount, receiverLevel: duty?.receiver ?? null, respondBy: duty?.respondBy ?? null },
        public: true,
      },
    ]);
    return {
      groupVisitId,
      notified: { onCall: await displayNames(trx, onCall), responsibleUnit: await displayNames(trx, unitHeads), officeApprovers: await displayNames(trx, officeApprovers) },
      onCallFound: onCall.length > 0,
    };
  });
  await sendMailSoon(ctx);
  const notice = result.onCallFound
    ? null
    : locale === 'en'
      ? `Nobody is on call at ${office.name} today; the office’s approvers were notified instead${result.notified.officeApprovers.length === 0 ? ', but it has none: call a leader now' : ''}.`
      : `${office.name}今日没有值班领导，已改为通知信访部门负责人${result.notified.officeApprovers.length === 0 ? '，但该部门没有负责人账号，请立即电话联系领导' : ''}。`;
  return {
    id: result.groupVisitId,
    petitionId: receipt.id,
    receiptNo: receipt.receiptNo,
    queryCode: receipt.queryCode,
    receiverLevel: duty?.receiver ?? null,
    respondWithinMinutes: duty?.withinMinutes ?? null,
    respondBy: duty?.respondBy ?? null,
    notified: result.notified,
    onCallFound: result.onCallFound,
    notice,
  };
}
