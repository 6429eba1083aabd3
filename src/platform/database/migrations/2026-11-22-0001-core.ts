import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

export async function up(database: Database): Promise<void> {
  const db = database.db as AnyDb;
  const pg = database.dialect === 'postgres';
  const id = <T extends string>(t: CreateTableBuilder<T, never>) =>
    pg
      ? t.addColumn('id', 'bigserial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const ref = 'bigint';

  await id(db.schema.createTable('organizations'))
    .addColumn('parent_id', ref, (c) => c.references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('division_code', 'text')
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organizations_path').on('organizations').column('path').execute();
  await db.schema.createIndex('organizations_parent').on('organizations').column('parent_id').execute();

  await id(db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('role_grants'))
    .addColumn('user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id'))
    .addUniqueConstraint('role_grants_unique', ['user_id', 'role', 'organization_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('procedure_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('limits', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', ref)
    .execute();

  await db.schema
    .createTable('calendar_overrides')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', ref)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('entered_by', ref)
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('petitions'))
    .addColumn('receipt_no', 'text', (c) => c.notNull().unique())
    .addColumn('query_code_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('classification', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('respondent_text', 'text')
    .addColumn('respondent_org_id', ref, (c) => c.references('organizations.id'))
    .addColumn('place_division_code', 'text')
    .addColumn('place_address', 'text')
    .addColumn('signer_count', 'integer', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('registering_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('received_by', ref, (c) => c.references('users.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('holder_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('routing_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('replying_org_id', ref, (c) => c.references('organizations.id'))
    .addColumn('reviewing_org_id', ref, (c) => c.references('organizations.id'))
    .addColumn('decision', 'text')
    .addColumn('review_result', 'text')
    .addColumn('extended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('evaluation', 'text')
    .addColumn('due_on', 'text')
    .addColumn('petitioner_digest', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The inbox: open cases of a holder by due date; the filters of search.
  await db.schema.createIndex('petitions_holder_due').on('petitions').columns(['holder_org_id', 'step', 'due_on']).execute();
  await db.schema.createIndex('petitions_registered').on('petitions').column('registered_at').execute();
  await db.schema.createIndex('petitions_respondent').on('petitions').column('respondent_text').execute();
  await db.schema.createIndex('petitions_digest').on('petitions').column('petitioner_digest').execute();
  await db.schema.createIndex('petitions_step_due').on('petitions').columns(['step', 'due_on']).execute();

  await id(db.schema.createTable('deadlines'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('holder_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('start_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('provisional', 'integer', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('met', 'integer')
    .execute();
  await db.schema.createIndex('deadlines_petition').on('deadlines').column('petition_id').execute();
  await db.schema
    .createIndex('deadlines_open_due')
    .on('deadlines')
    .columns(['holder_org_id', 'due_on'])
    .where(sql.ref('closed_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('deadlines_provisional')
    .on('deadlines')
    .column('due_on')
    .where(sql.ref('provisional'), '=', 1)
    .execute();

  await id(db.schema.createTable('petitioners'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('name_enc', 'text')
    .addColumn('name_digest', 'text')
    .addColumn('name_masked', 'text')
    .addColumn('id_number_enc', 'text')
    .addColumn('id_number_digest', 'text')
    .addColumn('id_number_masked', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_digest', 'text')
    .addColumn('phone_masked', 'text')
    .addColumn('address_enc', 'text')
    .addColumn('address_masked', 'text')
    .execute();
  await db.schema.createIndex('petitioners_petition').on('petitioners').column('petition_id').execute();
  await db.schema.createIndex('petitioners_id_digest').on('petitioners').column('id_number_digest').execute();
  await db.schema.createIndex('petitioners_phone_digest').on('petitioners').column('phone_digest').execute();

  await id(db.schema.createTable('events'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', ref)
    .addColumn('actor_org_id', ref)
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('global_prev_hash', 'text', (c) => c.notNull())
    .addColumn('global_hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('events_petition_seq', ['petition_id', 'seq'])
    .execute();
  await db.schema
    .createTable('chain_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_event_id', ref, (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('chain_head').values({ id: 1, last_event_id: 0, last_hash: '0'.repeat(64) }).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('petition_attachments')
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('attachments.sha256'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('petition_attachments_pk', ['petition_id', 'sha256'])
    .execute();

  await id(db.schema.createTable('documents'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by_org_id', ref, (c) => c.notNull().references('organizations.id'))
    .addColumn('delivered_at', 'text')
    .addColumn('delivered_on', 'text')
    .addColumn('delivery_method', 'text')
    .execute();
  await db.schema.createIndex('documents_petition').on('documents').column('petition_id').execute();

  await db.schema
    .createTable('petition_links')
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('linked_petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addPrimaryKeyConstraint('petition_links_pk', ['petition_id', 'linked_petition_id'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', ref, (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('personal_data_access'))
    .addColumn('user_id', ref, (c) => c.notNull().references('users.id'))
    .addColumn('petition_id', ref, (c) => c.notNull().references('petitions.id'))
    .addColumn('petitioner_id', ref, (c) => c.notNull().references('petitioners.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('accessed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  // Segmented text (jieba tokens joined by spaces) indexed by each dialect's own full-text engine.
  if (pg) {
    await sql`create table petition_search (petition_id bigint primary key references petitions(id), tokens text not null, document tsvector generated always as (to_tsvector('simple', tokens)) stored)`.execute(db);
    await sql`create index petition_search_document on petition_search using gin (document)`.execute(db);
  } else {
    await sql`create virtual table petition_search using fts5(tokens, content='', contentless_delete=1, tokenize='unicode61')`.execute(db);
  }
}
