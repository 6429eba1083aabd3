import type { Transaction } from 'kysely';
import type { Actor } from '../accounts/actor.ts';
import type { NewEvent } from '../audit/event-log.ts';
import type { DB } from '../platform/database/schema.ts';
import type { PromiseInput } from './follow-up-rules.ts';

export interface FollowUpSource {
  petitionId: number;
  visitId: number | null;
  groupVisitId: number | null;
  receivingOrgId: number;
}

/** The actor columns of an event written by a member of staff. */
export const staffEvent = (actor: Actor, occurredAt: string) => ({ actorKind: 'staff' as const, actorUserId: actor.userId, actorOrgId: actor.orgId, occurredAt });

/**
 * Writes each promise as an open follow-up and returns the `followUpPromised` events for the caller
 * to append with the rest of its history, last, in the same transaction. The promise's words go to
 * the petitioner's timeline (`publicText`): they were said to the petitioner's face.
 */
export async function insertFollowUps(trx: Transaction<DB>, actor: Actor, now: string, source: FollowUpSource, promises: readonly PromiseInput[]): Promise<{ ids: number[]; events: NewEvent[] }> {
  const ids: number[] = [];
  const events: NewEvent[] = [];
  for (const p of promises) {
    const row = await trx
      .insertInto('follow_ups')
      .values({
        petition_id: source.petitionId,
        visit_id: source.visitId,
        group_visit_id: source.groupVisitId,
        promise: p.promise.trim(),
        responsible_org_id: p.responsibleOrgId,
        receiving_org_id: source.receivingOrgId,
        due_on: p.dueOn,
        status: 'open',
        done_at: null,
        done_by: null,
        outcome: null,
        overdue_notified_at: null,
        created_by: actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    ids.push(id);
    events.push({
      petitionId: source.petitionId,
      type: 'followUpPromised',
      ...staffEvent(actor, now),
      payload: { followUpId: id, visitId: source.visitId, groupVisitId: source.groupVisitId, orgId: p.responsibleOrgId, dueOn: p.dueOn, publicText: p.promise.trim() },
      public: true,
    });
  }
  return { ids, events };
}
