import type { Insertable, Transaction } from 'kysely';
import { appendEvents } from '../audit/event-log.ts';
import { decrypt, encrypt, type Keys } from '../platform/crypto.ts';
import type { DialectName } from '../platform/database/database.ts';
import type { DB, PetitionTable } from '../platform/database/schema.ts';
import { insertRows, reused } from '../platform/database/reused-query.ts';
import { AppError } from '../platform/errors.ts';
import { writeIndexTokens } from '../search/index-rows.ts';
import type { SealedPersonalData } from './personal-data.ts';
import { insertPetition, insertPetitioners, nextCounter, petitionerRow } from './petition.repository.ts';

/**
 * Everything a registration writes, computed before the transaction: checked, sealed, segmented
 * and dated. Plain data, so that it can cross to the intake writer thread.
 */
export interface PreparedRegistration {
  /** The idempotency key with its scope, when the request carried one. */
  key: string | undefined;
  now: string;
  today: string;
  queryCode: string;
  /** The petition row but for what the transaction assigns (receipt number, nothing else). */
  petition: Omit<Insertable<PetitionTable>, 'receipt_no'>;
  sealed: SealedPersonalData[];
  attachments: { sha256: string; name: string }[];
  triage: { dueOn: string; explanation: string; provisional: boolean };
  /** What tokensForIndex gives for the petition's text. */
  tokens: string;
  event: { actorKind: 'staff' | 'petitioner'; actorUserId: number | null; actorOrgId: number | null; payload: Record<string, unknown> };
}

export interface Receipt {
  id: number;
  receiptNo: string;
  queryCode: string;
  registeredOn: string;
  dueOn: string;
  /** True when the same idempotency key had already registered this petition. */
  replayed: boolean;
}

/** The rows of one registration, inside the caller's durable transaction. */
export async function writeRegistration(trx: Transaction<DB>, dialect: DialectName, keys: Keys, r: PreparedRegistration): Promise<Receipt> {
  if (r.key) {
    const key = r.key;
    const { rows } = await trx.executeQuery(reused(dialect, 'idempotency.find', [key], () => trx.selectFrom('idempotency_keys').select('response').where('key', '=', key)));
    const seen = rows[0];
    // The stored receipt holds the query code, so it is kept encrypted like personal data.
    if (seen) return { ...(JSON.parse(decrypt(seen.response, keys)) as Receipt), replayed: true };
  }
  if (r.attachments.length > 0) {
    const shas = r.attachments.map((a) => a.sha256);
    const found = await trx.selectFrom('attachments').select('sha256').where('sha256', 'in', shas).execute();
    if (found.length !== new Set(shas).size) {
      throw new AppError('badRequest', 'unknownAttachment', { zh: '附件不存在，请重新上传', en: 'An attachment was not found; upload it again' });
    }
  }
  const seq = await nextCounter(trx, dialect, `receipt:${r.today}`);
  const receiptNo = `XF${r.today.replaceAll('-', '')}${String(seq).padStart(6, '0')}`;
  const id = await insertPetition(trx, dialect, { ...r.petition, receipt_no: receiptNo });
  await insertPetitioners(trx, dialect, r.sealed.map((s, i) => petitionerRow(id, i + 1, s)));
  if (r.attachments.length > 0) {
    await trx.insertInto('petition_attachments').values(r.attachments.map((a) => ({ petition_id: id, sha256: a.sha256, name: a.name }))).onConflict((oc) => oc.doNothing()).execute();
  }
  const holder = r.petition.holder_org_id;
  await insertRows(trx, dialect, 'deadlines', [{ petition_id: id, kind: 'triage', holder_org_id: holder, start_on: r.today, due_on: r.triage.dueOn, explanation: r.triage.explanation, provisional: r.triage.provisional ? 1 : 0, closed_at: null, met: null }]);
  await writeIndexTokens(trx, dialect, [{ petitionId: id, tokens: r.tokens }]);
  await appendEvents(trx, dialect, [{ petitionId: id, type: 'registered', ...r.event, occurredAt: r.now, public: true }]);
  const receipt: Receipt = { id, receiptNo, queryCode: r.queryCode, registeredOn: r.today, dueOn: r.triage.dueOn, replayed: false };
  if (r.key) {
    await insertRows(trx, dialect, 'idempotency_keys', [{ key: r.key, petition_id: id, response: encrypt(JSON.stringify(receipt), keys), created_at: r.now }]);
  }
  return receipt;
}
