import { appendEvents } from '../audit/event-log.ts';
import { computeDueDate, toLocalDate } from '../calendar/index.ts';
import { getWorkingCalendar } from '../calendar/calendar.service.ts';
import type { AppContext } from '../platform/context.ts';
import { encrypt, decrypt, randomCode, tokenHash } from '../platform/crypto.ts';
import { writeDurably } from '../platform/database/group-commit.ts';
import { AppError } from '../platform/errors.ts';
import { indexPetition } from '../search/search.repository.ts';
import { type PersonalData, petitionerDigest, sealPersonalData } from './personal-data.ts';
import { insertPetition, insertPetitioners, nextCounter, petitionerRow } from './petition.repository.ts';
import { getProfile } from './profile.service.ts';
import { checkIntake, type IntakeInput } from './intake-rules.ts';

export interface RegisterInput extends IntakeInput {
  registeringOrgId: number;
  receivedBy: number | null;
  /** Who registers: a clerk (staff) or the petitioner through the public portal. */
  actor: { kind: 'staff'; userId: number; orgId: number } | { kind: 'petitioner' };
  idempotencyKey?: string | undefined;
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

/** Registers a petition: everything that arrives is registered, with its receipt, at once. */
export async function registerPetition(ctx: AppContext, input: RegisterInput): Promise<Receipt> {
  try {
    return await registerOnce(ctx, input);
  } catch (error) {
    // Two requests with the same key at the same moment: the loser's transaction rolls back on
    // the key's unique index after the winner commits, and the retry answers with the winner's receipt.
    if (input.idempotencyKey && isUniqueViolation(error)) return registerOnce(ctx, input);
    throw error;
  }
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
};

async function registerOnce(ctx: AppContext, input: RegisterInput): Promise<Receipt> {
  const normalized = checkIntake(input);
  const [calendar, profile] = await Promise.all([getWorkingCalendar(ctx), getProfile(ctx)]);
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  const scope = input.actor.kind === 'staff' ? `staff:${input.actor.userId}` : 'public';
  const key = input.idempotencyKey ? `${scope}:${input.idempotencyKey}` : undefined;

  return writeDurably(ctx.database, async (trx) => {
    if (key) {
      const seen = await trx.selectFrom('idempotency_keys').select('response').where('key', '=', key).executeTakeFirst();
      // The stored receipt holds the query code, so it is kept encrypted like personal data.
      if (seen) return { ...(JSON.parse(decrypt(seen.response, ctx.keys)) as Receipt), replayed: true };
    }
    if (normalized.attachments.length > 0) {
      const shas = normalized.attachments.map((a) => a.sha256);
      const found = await trx.selectFrom('attachments').select('sha256').where('sha256', 'in', shas).execute();
      if (found.length !== new Set(shas).size) {
        throw new AppError('badRequest', 'unknownAttachment', { zh: '附件不存在，请重新上传', en: 'An attachment was not found; upload it again' });
      }
    }
    const seq = await nextCounter(trx, `receipt:${today}`);
    const receiptNo = `XF${today.replaceAll('-', '')}${String(seq).padStart(6, '0')}`;
    const queryCode = randomCode(8);
    const triage = computeDueDate(today, profile.triage, calendar);
    const sealed = normalized.petitioners.map((p: PersonalData) => sealPersonalData(p, ctx.keys));
    const first = normalized.petitioners[0];
    const id = await insertPetition(trx, {
      receipt_no: receiptNo,
      query_code_hash: tokenHash(queryCode, ctx.keys),
      channel: normalized.channel,
      category: normalized.category,
      classification: normalized.classification,
      title: normalized.title,
      request: normalized.request,
      content: normalized.content,
      respondent_text: normalized.respondentText,
      respondent_org_id: normalized.respondentOrgId,
      place_division_code: normalized.placeDivisionCode,
      place_address: normalized.placeAddress,
      signer_count: normalized.signerCount,
      anonymous: normalized.anonymous ? 1 : 0,
      registered_at: now.toISOString(),
      registered_on: today,
      registering_org_id: input.registeringOrgId,
      received_by: input.receivedBy,
      step: 'triage',
      outcome: null,
      holder_org_id: input.registeringOrgId,
      routing_org_id: input.registeringOrgId,
      replying_org_id: null,
      reviewing_org_id: null,
      decision: null,
      review_result: null,
      extended: 0,
      evaluation: null,
      due_on: triage.dueOn,
      petitioner_digest: first ? petitionerDigest(first, ctx.keys) : null,
      version: 1,
      updated_at: now.toISOString(),
    });
    await insertPetitioners(trx, sealed.map((s, i) => petitionerRow(id, i + 1, s)));
    if (normalized.attachments.length > 0) {
      await trx.insertInto('petition_attachments').values(normalized.attachments.map((a) => ({ petition_id: id, sha256: a.sha256, name: a.name }))).onConflict((oc) => oc.doNothing()).execute();
    }
    await trx
      .insertInto('deadlines')
      .values({ petition_id: id, kind: 'triage', holder_org_id: input.registeringOrgId, start_on: today, due_on: triage.dueOn, explanation: JSON.stringify(triage), provisional: triage.provisional ? 1 : 0, closed_at: null, met: null })
      .execute();
    await indexPetition(trx, ctx.database.dialect, { petitionId: id, text: [normalized.title, normalized.request, normalized.content, normalized.respondentText ?? ''].join('\n') });
    await appendEvents(trx, ctx.database.dialect, [
      {
        petitionId: id,
        type: 'registered',
        actorKind: input.actor.kind,
        actorUserId: input.actor.kind === 'staff' ? input.actor.userId : null,
        actorOrgId: input.actor.kind === 'staff' ? input.actor.orgId : null,
        occurredAt: now.toISOString(),
        payload: { channel: normalized.channel, category: normalized.category, orgId: input.registeringOrgId, signerCount: normalized.signerCount, attachments: normalized.attachments.length },
        public: true,
      },
    ]);
    const receipt: Receipt = { id, receiptNo, queryCode, registeredOn: today, dueOn: triage.dueOn, replayed: false };
    if (key) {
      await trx.insertInto('idempotency_keys').values({ key, petition_id: id, response: encrypt(JSON.stringify(receipt), ctx.keys), created_at: now.toISOString() }).execute();
    }
    return receipt;
  });
}
