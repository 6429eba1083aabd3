import type { Kysely } from 'kysely';
import type { DB } from '../platform/database/schema.ts';

/** Everything the case page shows, read in a few queries. */
export async function loadCaseDetails(db: Kysely<DB>, petitionId: number) {
  const [petitioners, deadlines, events, documents, attachments, links] = await Promise.all([
    db.selectFrom('petitioners').select(['id', 'ordinal', 'name_masked', 'id_number_masked', 'phone_masked', 'address_masked']).where('petition_id', '=', petitionId).orderBy('ordinal').execute(),
    db.selectFrom('deadlines').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute(),
    db
      .selectFrom('events')
      .leftJoin('users', 'users.id', 'events.actor_user_id')
      .leftJoin('organizations', 'organizations.id', 'events.actor_org_id')
      .select(['events.id', 'events.seq', 'events.type', 'events.occurred_at', 'events.payload', 'events.actor_kind', 'events.actor_user_id', 'events.public', 'users.display_name', 'organizations.name as org_name'])
      .where('events.petition_id', '=', petitionId)
      .orderBy('events.seq')
      .execute(),
    db.selectFrom('documents').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute(),
    db
      .selectFrom('petition_attachments')
      .innerJoin('attachments', 'attachments.sha256', 'petition_attachments.sha256')
      .select(['petition_attachments.sha256', 'petition_attachments.name', 'attachments.size', 'attachments.content_type'])
      .where('petition_attachments.petition_id', '=', petitionId)
      .execute(),
    db
      .selectFrom('petition_links')
      .innerJoin('petitions', 'petitions.id', 'petition_links.linked_petition_id')
      .select(['petitions.id', 'petitions.receipt_no', 'petitions.title', 'petitions.step'])
      .where('petition_links.petition_id', '=', petitionId)
      .execute(),
  ]);
  return {
    petitioners,
    deadlines,
    events: events.map((e) => ({
      id: Number(e.id),
      seq: e.seq,
      type: e.type,
      occurredAt: e.occurred_at,
      payload: JSON.parse(e.payload) as Record<string, unknown>,
      actorKind: e.actor_kind,
      actorUserId: e.actor_user_id === null ? null : Number(e.actor_user_id),
      actorName: e.display_name ?? null,
      actorOrgName: e.org_name ?? null,
      public: e.public === 1,
    })),
    documents,
    attachments,
    links,
  };
}

/** What the petitioner's view needs and nothing more: no personal data, no staff names, no joins. */
export async function loadPublicCaseDetails(db: Kysely<DB>, petitionId: number) {
  const [deadlines, events, documents] = await Promise.all([
    db.selectFrom('deadlines').selectAll().where('petition_id', '=', petitionId).where('closed_at', 'is', null).orderBy('id').execute(),
    db.selectFrom('events').select(['type', 'occurred_at', 'payload']).where('petition_id', '=', petitionId).where('public', '=', 1).orderBy('seq').execute(),
    db.selectFrom('documents').select(['id', 'title', 'body', 'sha256', 'issued_at', 'delivered_on']).where('petition_id', '=', petitionId).orderBy('id').execute(),
  ]);
  return {
    deadlines,
    events: events.map((e) => ({ type: e.type, occurredAt: e.occurred_at, payload: JSON.parse(e.payload) as Record<string, unknown> })),
    documents,
  };
}
