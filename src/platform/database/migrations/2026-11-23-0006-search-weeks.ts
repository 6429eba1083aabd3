import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';

// biome-ignore lint: migrations are written against the schema as it was, not the current types
type AnyDb = Kysely<any>;

/**
 * PostgreSQL search of a word in many petitions (docs/PERFORMANCE.md, seventh session). SQLite is
 * left as it is.
 *
 * A word in 20,000 of 10,000,000 petitions had every match read from the heap to find its twenty
 * newest. Now each petition_search row's facets also hold the week of its registration
 * (`week:<days since 1970-01-01 in UTC, divided by 7>`), so the GIN index intersects the words with
 * the newest weeks, and only the matches of those weeks are read. A week holds exactly the rows
 * whose registration time sorts between its first and last day, so walking back week by week
 * keeps the search order exact.
 */
export async function up(database: Database): Promise<void> {
  if (database.dialect !== 'postgres') return;
  const db = database.db as AnyDb;
  // The date part of an ISO time is read the same under every DateStyle.
  await sql`create function petition_facets(step text, holder bigint, category text, channel text, registered_at text) returns tsvector
    language sql stable parallel safe as $$
      select array_to_tsvector(array['step:' || step, 'holder:' || holder, 'category:' || category, 'channel:' || channel,
          'week:' || ((substr(registered_at, 1, 10)::date - date '1970-01-01') / 7)]
        || array(select 'under:' || a from unnest(string_to_array(trim(both '/' from o.path), '/')) a))
      from organizations o where o.id = holder
    $$`.execute(db);
  await sql`create or replace function petition_search_write() returns trigger language plpgsql as $$
    begin
      new.document := strip(to_tsvector('simple', new.tokens));
      new.tokens := '';
      select p.registered_at, petition_facets(p.step, p.holder_org_id, p.category, p.channel, p.registered_at)
        into new.registered_at, new.facets from petitions p where p.id = new.petition_id;
      return new;
    end $$`.execute(db);
  await sql`create or replace function petition_search_follow() returns trigger language plpgsql as $$
    begin
      update petition_search set registered_at = new.registered_at,
          facets = petition_facets(new.step, new.holder_org_id, new.category, new.channel, new.registered_at)
        where petition_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`drop function petition_facets(text, bigint, text, text)`.execute(db);
  await sql`update petition_search s set facets = petition_facets(p.step, p.holder_org_id, p.category, p.channel, p.registered_at)
    from petitions p where p.id = s.petition_id`.execute(db);
  await sql`analyze petition_search`.execute(db);
}
