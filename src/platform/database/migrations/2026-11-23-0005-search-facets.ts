import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/**
 * PostgreSQL search where a word and a filter meet (docs/PERFORMANCE.md, sixth session). SQLite
 * is left as it is.
 *
 * The words lived in petition_search and the filters in petitions, so a common word with a filter
 * that nearly excluded it read one side whole: seconds at 10,000,000 petitions. Now each
 * petition_search row also holds its petition's registration time and its filter values as
 * lexemes (`facets`: step, holder, the organisations above the holder, category, channel), and one GIN index covers words and facets,
 * so a word and a filter are intersected inside the index, and the newest matches are sorted
 * without reading petitions.
 *
 * - Triggers keep the copy exact inside the writing transaction: a row takes its petition's
 *   values when written, and a petition's change of step, holder, category, channel or registration
 *   time is copied to its row. Writers still insert (petition_id, tokens), COPY included.
 * - The token text is turned into the vector on the way in and not kept (it was 40 % of the
 *   table, read by nothing), so `tokens` is stored empty.
 * - The step and due date index includes the registration time, so overdue petitions are sorted
 *   without reading them.
 * - The document's statistics keep 10,000 most common lexemes instead of 1,000, so the planner
 *   knows a word in 0.3 % of petitions from a word it has never seen.
 */
export async function up(database: Database): Promise<void> {
  if (database.dialect !== 'postgres') return;
  const db = database.db as AnyDb;
  // Holder paths never change once an organisation exists, so the organisations above a holder
  // can be copied: a search within a subtree is then one lexeme, 'under:<id of its root>'.
  await sql`create function petition_facets(step text, holder bigint, category text, channel text) returns tsvector
    language sql stable parallel safe as $$
      select array_to_tsvector(array['step:' || step, 'holder:' || holder, 'category:' || category, 'channel:' || channel]
        || array(select 'under:' || a from unnest(string_to_array(trim(both '/' from o.path), '/')) a))
      from organizations o where o.id = holder
    $$`.execute(db);
  await sql`create function petition_search_write() returns trigger language plpgsql as $$
    begin
      new.document := strip(to_tsvector('simple', new.tokens));
      new.tokens := '';
      select p.registered_at, petition_facets(p.step, p.holder_org_id, p.category, p.channel)
        into new.registered_at, new.facets from petitions p where p.id = new.petition_id;
      return new;
    end $$`.execute(db);
  await sql`create function petition_search_follow() returns trigger language plpgsql as $$
    begin
      update petition_search set registered_at = new.registered_at,
          facets = petition_facets(new.step, new.holder_org_id, new.category, new.channel)
        where petition_id = new.id;
      return null;
    end $$`.execute(db);

  await sql`drop index petition_search_document`.execute(db);
  await sql`alter table petition_search alter column document drop expression,
    add column facets tsvector, add column registered_at text`.execute(db);
  await sql`update petition_search s set tokens = '', registered_at = p.registered_at,
      facets = petition_facets(p.step, p.holder_org_id, p.category, p.channel)
    from petitions p where p.id = s.petition_id`.execute(db);
  await sql`alter table petition_search
    alter column document set not null, alter column facets set not null, alter column registered_at set not null,
    alter column facets set storage main, alter column document set statistics 1000`.execute(db);
  // A re-index is an insert that conflicts: it takes excluded.document, which the insert trigger computed.
  await sql`create trigger petition_search_write before insert on petition_search
    for each row execute function petition_search_write()`.execute(db);
  await sql`create trigger petition_search_follow after update of step, holder_org_id, category, channel, registered_at on petitions
    for each row when (old.step is distinct from new.step or old.holder_org_id is distinct from new.holder_org_id
      or old.category is distinct from new.category or old.channel is distinct from new.channel
      or old.registered_at is distinct from new.registered_at)
    execute function petition_search_follow()`.execute(db);
  await sql`create index petition_search_document on petition_search using gin (document, facets)`.execute(db);
  await sql`create index petition_search_newest on petition_search (registered_at, petition_id)`.execute(db);
  // Overdue petitions are sorted by registration time before their words are tested: from the
  // index alone.
  await sql`drop index petitions_step_due`.execute(db);
  await sql`create index petitions_step_due on petitions (step, due_on) include (registered_at, id)`.execute(db);
  await sql`analyze petition_search`.execute(db);
}
