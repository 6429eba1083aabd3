import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/**
 * Reception (DOMAIN.md §5): leaders' reception days and their appointments, visit records, group
 * visits with their response clock, promises followed up, the duty roster, and the notifications
 * (in the workbench and by e-mail) that tell people what needs them. Nothing here records where
 * anyone is or goes: only who came to be received and what they asked (DOMAIN.md §7).
 */
export async function up(database: Database): Promise<void> {
  const db = database.db as AnyDb;
  const pg = database.dialect === 'postgres';
  const id = <T extends string>(t: CreateTableBuilder<T, never>) =>
    pg ? t.addColumn('id', 'bigserial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const ref = 'bigint';

  // Staff may give an address for notifications by e-mail.
  await db.schema.alterTable('users').addColumn('email', 'text').execute();

  await id(db.schema.createTable('reception_days'))
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('day', 'text', (c) => c.notNull()) // local date
    .addColumn('starts_at', 'text', (c) => c.notNull()) // 'HH:MM' local time
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('leaders', 'text', (c) => c.notNull()) // JSON [{ name, title }] — published
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('slot_minutes', 'integer', (c) => c.notNull())
    .addColumn('slot_capacity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // scheduled | cancelled
    .addColumn('change_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', ref, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reception_days_day').on('reception_days').columns(['day', 'organization_id']).execute();

  await id(db.schema.createTable('appointments'))
    .addColumn('reception_day_id', ref, (c) => c.notNull().references('reception_days.id'))
    .addColumn('slot_starts_at', 'text', (c) => c.notNull()) // 'HH:MM'
    .addColumn('booking_no', 'text', (c) => c.notNull().unique())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('name_sealed', 'text', (c) => c.notNull())
    .addColumn('name_mask', 'text', (c) => c.notNull())
    .addColumn('phone_sealed', 'text', (c) => c.notNull())
    .addColumn('phone_mask', 'text', (c) => c.notNull())
    .addColumn('phone_digest', 'text', (c) => c.notNull())
    .addColumn('email_sealed', 'text')
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('receipt_no', 'text')
    .addColumn('petition_id', ref, (c) => c.references('petitions.id'))
    .addColumn('channel', 'text', (c) => c.notNull()) // online | phone
    .addColumn('status', 'text', (c) => c.notNull()) // booked | cancelled | attended | absent
    .addColumn('booked_by', ref, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('day_version', 'integer', (c) => c.notNull().defaultTo(1)) // the day's version when booked: later changes are announced
    .addColumn('needs_new_time', 'integer', (c) => c.notNull().defaultTo(0)) // 1 when a change removed the booked slot
    .addColumn('request_key', 'text', (c) => c.unique()) // idempotency: a retried booking answers with the first one
    .addColumn('receipt_sealed', 'text') // the first answer (number + code), sealed, for that retry
    .execute();
  await db.schema.createIndex('appointments_day_slot').on('appointments').columns(['reception_day_id', 'slot_starts_at']).execute();
  // One live booking per person and reception day, whatever the race between two requests.
  await db.schema
    .createIndex('appointments_one_per_person')
    .on('appointments')
    .columns(['reception_day_id', 'phone_digest'])
    .unique()
    .where(sql.ref('status'), '=', 'booked')
    .execute();

  await id(db.schema.createTable('group_visits'))
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id')) // receiving office
    .addColumn('responsible_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    // From the profile's rule for the headcount; null when no rule applies (a small group is
    // received like any visit, with no response clock).
    .addColumn('receiver_level', 'text')
    .addColumn('respond_within_minutes', 'integer')
    .addColumn('respond_by', 'text')
    .addColumn('representatives_sealed', 'text', (c) => c.notNull()) // sealed JSON, at most five
    .addColumn('representatives_mask', 'text', (c) => c.notNull()) // JSON of masked names
    .addColumn('others_sealed', 'text') // sealed JSON of the other members' names, when given
    .addColumn('duty_leader_id', ref, (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // waiting | received | closed
    .addColumn('received_at', 'text')
    .addColumn('receiving_leader_id', ref, (c) => c.references('users.id'))
    .addColumn('receiving_leader_name', 'text')
    .addColumn('statement', 'text') // what was said to the group
    .addColumn('summary', 'text')
    .addColumn('created_by', ref, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('group_visits_status').on('group_visits').columns(['status', 'respond_by']).execute();
  await db.schema.createIndex('group_visits_petition').on('group_visits').column('petition_id').execute();

  await id(db.schema.createTable('visits'))
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('outcome', 'text', (c) => c.notNull()) // registered | linked
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_by', ref, (c) => c.notNull().references('users.id'))
    .addColumn('receivers', 'text', (c) => c.notNull()) // JSON of the receiving people's names and titles
    .addColumn('reception_day_id', ref, (c) => c.references('reception_days.id'))
    .addColumn('appointment_id', ref, (c) => c.references('appointments.id'))
    .addColumn('group_visit_id', ref, (c) => c.references('group_visits.id'))
    .addColumn('visitor_count', 'integer', (c) => c.notNull())
    .addColumn('visitors_sealed', 'text') // sealed JSON of the visitors' names
    .addColumn('visitors_mask', 'text') // JSON of masked names
    .addColumn('request', 'text', (c) => c.notNull()) // what was asked
    .addColumn('explanation', 'text', (c) => c.notNull()) // what was explained
    .addColumn('promises', 'text') // what was promised, in words
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_petition').on('visits').column('petition_id').execute();
  // One visit record per appointment, whatever the race between two clerks.
  await db.schema.createIndex('visits_appointment').on('visits').column('appointment_id').unique().execute();
  await db.schema.createIndex('visits_org_received').on('visits').columns(['organization_id', 'received_at']).execute();

  await id(db.schema.createTable('follow_ups'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('visit_id', ref, (c) => c.references('visits.id'))
    .addColumn('group_visit_id', ref, (c) => c.references('group_visits.id'))
    .addColumn('promise', 'text', (c) => c.notNull())
    .addColumn('responsible_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('receiving_org_id', ref, (c) => c.notNull().references('organizations.id')) // whose clerks may also close it
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | done
    .addColumn('overdue_notified_at', 'text') // the overdue notice goes out once
    .addColumn('done_at', 'text')
    .addColumn('done_by', ref, (c) => c.references('users.id'))
    .addColumn('outcome', 'text')
    .addColumn('created_by', ref, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_ups_open_due').on('follow_ups').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('follow_ups_petition').on('follow_ups').column('petition_id').execute();

  await id(db.schema.createTable('duty_shifts'))
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('duty', 'text', (c) => c.notNull()) // reception | onCall
    .addColumn('user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('created_by', ref, (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A removed assignment is kept (with its swaps) rather than deleted: the roster's history stays.
    .addColumn('removed_at', 'text')
    .addColumn('removed_by', ref, (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('duty_shifts_day').on('duty_shifts').columns(['day', 'organization_id']).execute();
  // A person is on a duty of a day at most once, among the assignments still in force.
  await db.schema
    .createIndex('duty_shifts_live_unique')
    .on('duty_shifts')
    .columns(['organization_id', 'day', 'duty', 'user_id'])
    .unique()
    .where(sql.ref('removed_at'), 'is', null)
    .execute();

  await id(db.schema.createTable('duty_swaps'))
    .addColumn('shift_id', ref, (c) => c.notNull().references('duty_shifts.id'))
    .addColumn('from_user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('to_user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('swapped_by', ref, (c) => c.notNull().references('users.id'))
    .addColumn('swapped_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('duty_swaps_shift').on('duty_swaps').column('shift_id').execute();

  // Unmasking personal data held by reception records (appointments, visits, group visits) is
  // logged like unmasking a petitioner: who, which record, why, when.
  await id(db.schema.createTable('reception_data_access'))
    .addColumn('user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('record_kind', 'text', (c) => c.notNull()) // appointment | visit | groupVisit
    .addColumn('record_id', ref, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('accessed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reception_data_access_record').on('reception_data_access').columns(['record_kind', 'record_id']).execute();

  await id(db.schema.createTable('notifications'))
    .addColumn('user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text') // the same notice for staff who read the workbench in English
    .addColumn('body_en', 'text')
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text') // the same fact is notified once per person
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notifications_dedupe').on('notifications').columns(['user_id', 'dedupe_key']).unique().execute();

  await id(db.schema.createTable('mail_outbox'))
    .addColumn('to_sealed', 'text', (c) => c.notNull()) // an address is personal data
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | sending | sent | failed
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_at', 'text') // when a sender took it: a crash mid-send leaves it to be retried
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_status').on('mail_outbox').columns(['status', 'id']).execute();
}
