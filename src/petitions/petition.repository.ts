import type { CompiledQuery, Insertable, Kysely, Selectable } from 'kysely';
import type { DueExplanation } from '../calendar/index.ts';
import type { Database, DialectName } from '../platform/database/database.ts';
import { insertRows, reused } from '../platform/database/reused-query.ts';
import type { DB, DeadlineTable, PetitionTable, PetitionerTable } from '../platform/database/schema.ts';
import { AppError } from '../platform/errors.ts';
import type { SealedPersonalData } from './personal-data.ts';
import type { DeadlineKind, OpenDeadline } from './procedure.types.ts';

export type PetitionRow = Selectable<PetitionTable>;
export type DeadlineRow = Selectable<DeadlineTable>;
type Db = Kysely<DB>;

export async function insertPetition(trx: Db, dialect: DialectName, row: Insertable<PetitionTable>): Promise<number> {
  const [inserted] = await insertRows(trx, dialect, 'petitions', [row], 'id');
  if (!inserted) throw new Error('insert into petitions returned no id');
  return Number(inserted.id);
}

export function petitionerRow(petitionId: number, ordinal: number, s: SealedPersonalData): Insertable<PetitionerTable> {
  return {
    petition_id: petitionId,
    ordinal,
    name_enc: s.nameEnc,
    name_digest: s.nameDigest,
    name_masked: s.nameMasked,
    id_number_enc: s.idNumberEnc,
    id_number_digest: s.idNumberDigest,
    id_number_masked: s.idNumberMasked,
    phone_enc: s.phoneEnc,
    phone_digest: s.phoneDigest,
    phone_masked: s.phoneMasked,
    address_enc: s.addressEnc,
    address_masked: s.addressMasked,
  };
}

export async function insertPetitioners(trx: Db, dialect: DialectName, rows: Insertable<PetitionerTable>[]): Promise<void> {
  await insertRows(trx, dialect, 'petitioners', rows);
}

/** A gap-free counter per scope (receipt numbers per day); the row lock serialises writers. */
export async function nextCounter(trx: Db, dialect: DialectName, scope: string): Promise<number> {
  const query = reused(dialect, 'counters.next', [scope, 1, 1], () =>
    trx
      .insertInto('counters')
      .values({ scope, value: 1 })
      .onConflict((oc) => oc.column('scope').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
      .returning('value'),
  );
  const [row] = (await trx.executeQuery(query)).rows;
  if (!row) throw new Error(`counter ${scope} returned no value`);
  return Number(row.value);
}

export async function findPetitionById(db: Db, id: number): Promise<PetitionRow | undefined> {
  return db.selectFrom('petitions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPetitionByReceipt(db: Db, receiptNo: string): Promise<PetitionRow | undefined> {
  return db.selectFrom('petitions').selectAll().where('receipt_no', '=', receiptNo).executeTakeFirst();
}

/** What a public look-up checks before anything else: the code, and whether a cached view is current. */
export interface CaseKey { id: number; query_code_hash: string; version: number; updated_at: string; head: number | null }

/** What a public look-up needs first, in one indexed read: the code to check and the view's cache stamp. */
export async function findCaseKey(database: Pick<Database, 'db' | 'dialect' | 'readNow'>, receiptNo: string): Promise<CaseKey | undefined> {
  const { db } = database;
  const query = reused(database.dialect, 'petitions.caseKey', [receiptNo], () =>
    db
      .selectFrom('petitions as p')
      .select(['p.id', 'p.query_code_hash', 'p.version', 'p.updated_at'])
      .select((eb) => eb.selectFrom('events as e').select((e) => e.fn.max('e.seq').as('s')).whereRef('e.petition_id', '=', 'p.id').as('head'))
      .where('p.receipt_no', '=', receiptNo),
  ) as CompiledQuery<CaseKey>;
  const row = (database.readNow?.(query) ?? (await db.executeQuery<CaseKey>(query)).rows)[0];
  return row && { ...row, id: Number(row.id), head: row.head === null ? null : Number(row.head) };
}

export async function listDeadlines(db: Db, petitionId: number): Promise<DeadlineRow[]> {
  return db.selectFrom('deadlines').selectAll().where('petition_id', '=', petitionId).orderBy('id').execute();
}

export const toOpenDeadline = (d: DeadlineRow): OpenDeadline & { id: number } => ({
  id: d.id,
  kind: d.kind as DeadlineKind,
  holderOrgId: Number(d.holder_org_id),
  due: JSON.parse(d.explanation) as DueExplanation,
});

/** Optimistic locking: a concurrent change to the same case makes this write fail, not overwrite. */
export async function updatePetition(trx: Db, id: number, version: number, patch: Partial<Insertable<PetitionTable>>): Promise<void> {
  const res = await trx
    .updateTable('petitions')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) {
    throw new AppError('conflict', 'concurrentChange', { zh: '此事项刚被他人修改，请刷新后重试', en: 'The case was changed by someone else; reload and try again' });
  }
}

/** Writes the difference between the open deadlines before and after a transition. */
const rightWindows: string[] = ['objection', 'reviewRequest', 'rereviewRequest'];

export async function syncDeadlines(
  trx: Db,
  petitionId: number,
  before: (OpenDeadline & { id?: number })[],
  after: (OpenDeadline & { id?: number })[],
  closedAt: string,
  today: string,
): Promise<void> {
  const keptIds = new Set(after.flatMap((d) => (d.id === undefined ? [] : [d.id])));
  for (const old of before) {
    if (old.id === undefined || keptIds.has(old.id)) continue;
    await trx
      .updateTable('deadlines')
      // A window for someone to exercise a right (object, ask for review) is not an obligation:
      // it is neither met nor missed when it closes.
      .set({ closed_at: closedAt, met: rightWindows.includes(old.kind) ? null : today <= old.due.dueOn ? 1 : 0 })
      .where('id', '=', old.id)
      .execute();
  }
  for (const d of after) {
    const prior = d.id === undefined ? undefined : before.find((b) => b.id === d.id);
    if (prior && prior.due.dueOn === d.due.dueOn && prior.due.provisional === d.due.provisional) continue;
    const values = { due_on: d.due.dueOn, explanation: JSON.stringify(d.due), provisional: d.due.provisional ? 1 : 0 };
    if (d.id !== undefined) await trx.updateTable('deadlines').set(values).where('id', '=', d.id).execute();
    else {
      await trx
        .insertInto('deadlines')
        .values({ petition_id: petitionId, kind: d.kind, holder_org_id: d.holderOrgId, start_on: d.due.start, closed_at: null, met: null, ...values })
        .execute();
    }
  }
}
