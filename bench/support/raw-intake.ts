// The ceiling for intake: durable transactions writing exactly the rows of one registration, with
// nothing of the application around them — prepared statements on a better-sqlite3 connection
// opened as the server opens its own (openSqliteConnection: the same pragmas and page cache), or
// plain `pg` queries in the application's order.
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { GENESIS_HASH, eventHash, globalHash } from '../../src/audit/event-hash.ts';
import { toLocalDate } from '../../src/calendar/index.ts';
import type { DialectName } from '../../src/platform/database/database.ts';
import { openSqliteConnection } from '../../src/platform/database/sqlite-connection.ts';
import { type TestDatabase, createTestDatabase } from '../../test/support/databases.ts';
import type { PreparedPetition } from './intake-rows.ts';

export interface RawResult {
  petitions: number;
  seconds: number;
  perSecond: number;
}

const PETITION_COLUMNS = [
  'receipt_no', 'query_code_hash', 'channel', 'category', 'classification', 'title', 'request', 'content', 'respondent_text',
  'respondent_org_id', 'place_division_code', 'place_address', 'signer_count', 'anonymous', 'registered_at', 'registered_on',
  'registering_org_id', 'received_by', 'step', 'outcome', 'holder_org_id', 'routing_org_id', 'replying_org_id', 'reviewing_org_id',
  'decision', 'review_result', 'extended', 'evaluation', 'due_on', 'petitioner_digest', 'version', 'updated_at',
] as const;
const PETITIONER_COLUMNS = [
  'petition_id', 'ordinal', 'name_enc', 'name_digest', 'name_masked', 'id_number_enc', 'id_number_digest', 'id_number_masked',
  'phone_enc', 'phone_digest', 'phone_masked', 'address_enc', 'address_masked',
] as const;
const EVENT_COLUMNS = [
  'id', 'petition_id', 'seq', 'type', 'actor_kind', 'actor_user_id', 'actor_org_id', 'occurred_at', 'payload', 'public',
  'prev_hash', 'hash', 'global_prev_hash', 'global_hash',
] as const;
// Bounds a run even if the clock misbehaves; no machine writes this many in the durations used.
const MAX_PETITIONS = 10_000_000;

type Row = Record<string, string | number | null>;

/** The row values of the n-th write: a fresh receipt number and timestamps around a prepared petition. */
function petitionValues(item: PreparedPetition, receiptNo: string, nowIso: string): Row {
  return { ...item.petition, receipt_no: receiptNo, registered_at: nowIso, updated_at: nowIso };
}

function registeredEvent(item: PreparedPetition, id: number, petitionId: number, nowIso: string, global: { lastHash: string }): Row {
  const content = { petitionId, seq: 1, type: 'registered', actorKind: 'petitioner', actorUserId: null, actorOrgId: null, occurredAt: nowIso, payload: null, public: true };
  const hash = eventHash(GENESIS_HASH, content, item.payloadJson);
  return {
    id, petition_id: petitionId, seq: 1, type: 'registered', actor_kind: 'petitioner', actor_user_id: null, actor_org_id: null,
    occurred_at: nowIso, payload: item.payloadJson, public: 1, prev_hash: GENESIS_HASH, hash,
    global_prev_hash: global.lastHash, global_hash: globalHash(global.lastHash, hash, id),
  };
}

const placeholders = (columns: readonly string[]) => columns.map((c) => `@${c}`).join(', ');

/**
 * One durable SQLite transaction per petition, for `seconds`, on a fresh migrated database. With
 * `perCommit` > 1, that many petitions share a transaction: what group commit could reach.
 */
export async function rawSqliteIntake(items: readonly PreparedPetition[], registeringOrgId: number, seconds: number, perCommit = 1): Promise<RawResult> {
  const t = await createTestDatabase('sqlite');
  // The migrated schema is what we want; the writes go through a connection of our own.
  await t.database.db.insertInto('organizations').values({ id: registeringOrgId, parent_id: null, name: '青山县信访局', kind: 'petitionOffice', division_code: null, path: `/${registeringOrgId}/`, created_at: new Date().toISOString() }).execute();
  // The server's settings and its 32 MiB of page cache (openSqlite in src/platform/database/database.ts).
  const native = openSqliteConnection(path.join(t.dir, 'redress.db'), 32_768);
  try {
    const counter = native.prepare<[string], { value: number }>('insert into counters (scope, value) values (?, 1) on conflict (scope) do update set value = counters.value + 1 returning value');
    const insertPetition = native.prepare(`insert into petitions (${PETITION_COLUMNS.join(', ')}) values (${placeholders(PETITION_COLUMNS)})`);
    const insertPetitioner = native.prepare(`insert into petitioners (${PETITIONER_COLUMNS.join(', ')}) values (${placeholders(PETITIONER_COLUMNS)})`);
    const insertDeadline = native.prepare(`insert into deadlines (petition_id, kind, holder_org_id, start_on, due_on, explanation, provisional, closed_at, met) values (?, 'triage', ?, ?, ?, ?, ?, null, null)`);
    const insertSearch = native.prepare('insert or replace into petition_search (rowid, tokens) values (?, ?)');
    const readHead = native.prepare<[], { last_event_id: number; last_hash: string }>('select last_event_id, last_hash from chain_head where id = 1');
    const insertEvent = native.prepare(`insert into events (${EVENT_COLUMNS.join(', ')}) values (${placeholders(EVENT_COLUMNS)})`);
    const writeHead = native.prepare('update chain_head set last_event_id = ?, last_hash = ? where id = 1');
    const insertKey = native.prepare('insert into idempotency_keys (key, petition_id, response, created_at) values (?, ?, ?, ?)');

    const registerOne = (item: PreparedPetition) => {
      const now = new Date();
      const nowIso = now.toISOString();
      const today = toLocalDate(now);
      const seq = (counter.get(`receipt:${today}`) as { value: number }).value;
      const receiptNo = `XF${today.replaceAll('-', '')}${String(seq).padStart(6, '0')}`;
      const petitionId = Number(insertPetition.run(petitionValues(item, receiptNo, nowIso)).lastInsertRowid);
      for (const p of item.petitioners) insertPetitioner.run({ ...p, petition_id: petitionId });
      insertDeadline.run(petitionId, registeringOrgId, today, item.deadline.due_on, item.deadline.explanation, item.deadline.provisional);
      insertSearch.run(petitionId, item.tokens);
      const head = readHead.get() as { last_event_id: number; last_hash: string };
      const event = registeredEvent(item, head.last_event_id + 1, petitionId, nowIso, { lastHash: head.last_hash });
      insertEvent.run(event);
      writeHead.run(event.id, event.global_hash);
      insertKey.run(`public:${crypto.randomUUID()}`, petitionId, item.idempotencyResponse, nowIso);
    };
    const register = native.transaction((batch: PreparedPetition[]) => {
      for (const item of batch) registerOne(item);
    });

    const started = performance.now();
    const deadline = started + seconds * 1000;
    let n = 0;
    while (n < MAX_PETITIONS && performance.now() < deadline) {
      register(Array.from({ length: perCommit }, (_, k) => items[(n + k) % items.length] as PreparedPetition));
      n += perCommit;
    }
    const elapsed = (performance.now() - started) / 1000;
    return { petitions: n, seconds: elapsed, perSecond: n / elapsed };
  } finally {
    native.close();
    await t.drop();
  }
}

/**
 * PostgreSQL: `connections` clients each running one transaction per petition, statement by
 * statement in the order registerPetition issues them (counter row first, chain head last).
 */
export async function rawPostgresIntake(items: readonly PreparedPetition[], registeringOrgId: number, seconds: number, connections: number): Promise<RawResult> {
  const t: TestDatabase = await createTestDatabase('postgres');
  await t.database.db.insertInto('organizations').values({ id: registeringOrgId, parent_id: null, name: '青山县信访局', kind: 'petitionOffice', division_code: null, path: `/${registeringOrgId}/`, created_at: new Date().toISOString() }).execute();
  const pool = new pg.Pool({ connectionString: t.url, max: connections });
  const values = (columns: readonly string[], offset = 0) => columns.map((_, i) => `$${i + 1 + offset}`).join(', ');
  try {
    let n = 0;
    let next = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const worker = async () => {
      const client = await pool.connect();
      try {
        while (n < MAX_PETITIONS && performance.now() < deadline) {
          const item = items[next++ % items.length] as PreparedPetition;
          const now = new Date();
          const nowIso = now.toISOString();
          const today = toLocalDate(now);
          await client.query('begin');
          const { rows: [c] } = await client.query<{ value: number }>('insert into counters (scope, value) values ($1, 1) on conflict (scope) do update set value = counters.value + 1 returning value', [`receipt:${today}`]);
          const receiptNo = `XF${today.replaceAll('-', '')}${String(c?.value).padStart(6, '0')}`;
          const row = petitionValues(item, receiptNo, nowIso);
          const { rows: [p] } = await client.query<{ id: number }>(`insert into petitions (${PETITION_COLUMNS.join(', ')}) values (${values(PETITION_COLUMNS)}) returning id`, PETITION_COLUMNS.map((k) => row[k]));
          const petitionId = Number(p?.id);
          if (item.petitioners.length > 0) {
            const tuples = item.petitioners.map((_, i) => `(${values(PETITIONER_COLUMNS, i * PETITIONER_COLUMNS.length)})`).join(', ');
            const params = item.petitioners.flatMap((r) => PETITIONER_COLUMNS.map((k) => (k === 'petition_id' ? petitionId : r[k] ?? null)));
            await client.query(`insert into petitioners (${PETITIONER_COLUMNS.join(', ')}) values ${tuples}`, params);
          }
          await client.query(`insert into deadlines (petition_id, kind, holder_org_id, start_on, due_on, explanation, provisional) values ($1, 'triage', $2, $3, $4, $5, $6)`, [petitionId, registeringOrgId, today, item.deadline.due_on, item.deadline.explanation, item.deadline.provisional]);
          await client.query('insert into petition_search (petition_id, tokens) values ($1, $2) on conflict (petition_id) do update set document = excluded.document', [petitionId, item.tokens]);
          const { rows: [head] } = await client.query<{ last_hash: string }>('select last_event_id, last_hash from chain_head where id = 1 for update');
          const { rows: [id] } = await client.query<{ id: number }>(`select nextval(pg_get_serial_sequence('events', 'id')) as id`);
          const event = registeredEvent(item, Number(id?.id), petitionId, nowIso, { lastHash: head?.last_hash ?? GENESIS_HASH });
          await client.query(`insert into events (${EVENT_COLUMNS.join(', ')}) values (${values(EVENT_COLUMNS)})`, EVENT_COLUMNS.map((k) => event[k]));
          await client.query('update chain_head set last_event_id = $1, last_hash = $2 where id = 1', [event.id, event.global_hash]);
          await client.query('insert into idempotency_keys (key, petition_id, response, created_at) values ($1, $2, $3, $4)', [`public:${crypto.randomUUID()}`, petitionId, item.idempotencyResponse, nowIso]);
          await client.query('commit');
          n += 1;
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    return { petitions: n, seconds: elapsed, perSecond: n / elapsed };
  } finally {
    await pool.end();
    await t.drop();
  }
}

export function rawIntake(dialect: DialectName, items: readonly PreparedPetition[], registeringOrgId: number, seconds: number, connections: number): Promise<RawResult> {
  return dialect === 'sqlite' ? rawSqliteIntake(items, registeringOrgId, seconds) : rawPostgresIntake(items, registeringOrgId, seconds, connections);
}
