import { appendEvents, type NewEvent } from '../audit/event-log.ts';
import { toLocalDate } from '../calendar/index.ts';
import { getWorkingCalendar } from '../calendar/calendar.service.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { caseStateOf, columnsOf } from './case-state.ts';
import { issueDocument } from './issue-document.ts';
import { orgLookup } from './org-lookup.ts';
import type { ActionInput, Performer } from './petition.actions.ts';
import { petitionerActions } from './petition.actions.ts';
import { can } from './petition.policy.ts';
import { findPetitionById, listDeadlines, syncDeadlines, updatePetition } from './petition.repository.ts';
import { availableCommands, decide, type ProcedureContext, unavailableError } from './procedure.ts';
import { getProfile } from './profile.service.ts';
import { resolveCommand } from './resolve-command.ts';
import { scopeOf } from './case-scope.ts';

const forbidden = () => new AppError('forbidden', 'forbidden', { zh: '没有对此事项执行此操作的权限', en: 'You are not allowed to do this on this case' });
const missing = () => new AppError('notFound', 'notFound', { zh: '未找到此信访事项', en: 'Petition not found' });

/**
 * Every step of the procedure goes through here: load the case, check who may act, let the
 * procedure decide, then write the new state, its deadlines, its event and any document in one
 * transaction. Illegal or unauthorised actions throw before anything is written.
 */
export async function actOnPetition(ctx: AppContext, performer: Performer, petitionId: number, input: ActionInput): Promise<{ eventIds: number[] }> {
  const [calendar, profile] = await Promise.all([getWorkingCalendar(ctx), getProfile(ctx)]);
  const orgs = orgLookup(ctx);
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  const pctx: ProcedureContext = { today, profile, calendar };

  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await findPetitionById(trx, petitionId);
    if (!row) throw missing();
    const deadlines = await listDeadlines(trx, petitionId);
    const before = caseStateOf(row, deadlines);
    if (performer.kind === 'staff') {
      const scope = await scopeOf(orgs, row);
      if (!can(performer.actor, input.type, scope)) {
        if (!can(performer.actor, 'view', scope)) throw missing();
        // Someone who sees the case learns first that the step does not allow this at all.
        const offered = input.type === 'deliver' || availableCommands(before, today).includes(input.type);
        throw offered ? forbidden() : unavailableError(before, input.type);
      }
    } else if (performer.kind === 'petitioner' && !petitionerActions.includes(input.type)) throw forbidden();
    else if (performer.kind === 'system' && input.type !== 'finalize') throw forbidden();

    const command = await resolveCommand(trx, orgs, row, before, input, today);
    const transition = decide(before, command, pctx);
    const actor = {
      actorKind: performer.kind,
      actorUserId: performer.kind === 'staff' ? performer.actor.userId : null,
      actorOrgId: performer.kind === 'staff' ? performer.actor.orgId : null,
      occurredAt: now.toISOString(),
    } as const;
    // A recorded delivery names its document: after a reroute there may be two of a kind.
    const event = input.type === 'deliver' ? { ...transition.event, payload: { ...transition.event.payload, documentId: input.documentId } } : transition.event;
    const events: NewEvent[] = [{ petitionId, ...actor, ...event }];
    let state = transition.state;

    if (input.type === 'deliver') {
      await trx
        .updateTable('documents')
        .set({ delivered_at: now.toISOString(), delivered_on: String(transition.event.payload.deliveredOn), delivery_method: input.method })
        .where('id', '=', input.documentId)
        .execute();
    }
    if (input.type === 'link') {
      const otherId = Number(transition.event.payload.petitionId);
      await trx.insertInto('petition_links').values([{ petition_id: petitionId, linked_petition_id: otherId }, { petition_id: otherId, linked_petition_id: petitionId }]).onConflict((oc) => oc.doNothing()).execute();
    }
    if (transition.document) {
      const issued = await issueDocument(trx, { ctx, orgs, row, state, kind: transition.document, payload: transition.event.payload, now, profile });
      events.push({ petitionId, ...actor, type: 'documentIssued', payload: { documentId: issued.id, kind: transition.document, title: issued.title }, public: true });
      // Online petitioners read their documents on the portal: that is delivery, at once.
      if (row.channel === 'online') {
        const delivered = decide(state, { type: 'deliver', documentKind: transition.document, method: 'online', deliveredOn: today }, pctx);
        state = delivered.state;
        await trx.updateTable('documents').set({ delivered_at: now.toISOString(), delivered_on: today, delivery_method: 'online' }).where('id', '=', issued.id).execute();
        events.push({ petitionId, ...actor, actorKind: 'system', actorUserId: null, actorOrgId: null, ...delivered.event, payload: { ...delivered.event.payload, documentId: issued.id } });
      }
    }
    await updatePetition(trx, petitionId, row.version, { ...columnsOf(state), updated_at: now.toISOString() });
    await syncDeadlines(trx, petitionId, before.deadlines, state.deadlines, now.toISOString(), today);
    const stored = await appendEvents(trx, ctx.database.dialect, events);
    return { eventIds: stored.map((e) => e.id) };
  });
}
