import { computeDueDate, toLocalDate } from '../calendar/index.ts';
import { getWorkingCalendar } from '../calendar/calendar.service.ts';
import type { AppContext } from '../platform/context.ts';
import { randomCode, tokenHash } from '../platform/crypto.ts';
import { writeDurably } from '../platform/database/group-commit.ts';
import { tokensForIndex } from '../search/segmenter.ts';
import { checkIntake, type IntakeInput } from './intake-rules.ts';
import { intakeWriterOf } from './intake-writer.ts';
import { type PersonalData, sealedPetitionerDigest, sealPersonalData } from './personal-data.ts';
import { getProfile } from './profile.service.ts';
import { type PreparedRegistration, type Receipt, writeRegistration } from './registration-write.ts';

export type { Receipt } from './registration-write.ts';

export interface RegisterInput extends IntakeInput {
  registeringOrgId: number;
  receivedBy: number | null;
  /** Who registers: a clerk (staff) or the petitioner through the public portal. */
  actor: { kind: 'staff'; userId: number; orgId: number } | { kind: 'petitioner' };
  idempotencyKey?: string | undefined;
}

/** Registers a petition: everything that arrives is registered, with its receipt, at once. */
export async function registerPetition(ctx: AppContext, input: RegisterInput): Promise<Receipt> {
  const prepared = await prepareRegistration(ctx, input);
  try {
    return await write(ctx, prepared);
  } catch (error) {
    // Two requests with the same key at the same moment: the loser's transaction rolls back on
    // the key's unique index after the winner commits, and the retry answers with the winner's receipt.
    if (prepared.key && isUniqueViolation(error)) return write(ctx, prepared);
    throw error;
  }
}

/** On SQLite the writes go to the intake writer thread, so the commit never holds up the server. */
function write(ctx: AppContext, prepared: PreparedRegistration): Promise<Receipt> {
  const writer = intakeWriterOf(ctx.database, ctx.keys);
  if (writer) return writer.register(prepared);
  return writeDurably(ctx.database, (trx) => writeRegistration(trx, ctx.database.dialect, ctx.keys, prepared));
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/** Checks, seals, segments and dates a registration: all but the writes. */
async function prepareRegistration(ctx: AppContext, input: RegisterInput): Promise<PreparedRegistration> {
  const normalized = checkIntake(input);
  const [calendar, profile] = await Promise.all([getWorkingCalendar(ctx), getProfile(ctx)]);
  const now = ctx.clock.now();
  const today = toLocalDate(now);
  const scope = input.actor.kind === 'staff' ? `staff:${input.actor.userId}` : 'public';
  const queryCode = randomCode(8);
  const triage = computeDueDate(today, profile.triage, calendar);
  const first: PersonalData | undefined = normalized.petitioners[0];
  const sealed = normalized.petitioners.map((p) => sealPersonalData(p, ctx.keys));
  const staff = input.actor.kind === 'staff' ? input.actor : null;
  return {
    key: input.idempotencyKey ? `${scope}:${input.idempotencyKey}` : undefined,
    now: now.toISOString(),
    today,
    queryCode,
    petition: {
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
      petitioner_digest: first ? sealedPetitionerDigest(first, sealed[0], ctx.keys) : null,
      version: 1,
      updated_at: now.toISOString(),
    },
    sealed,
    attachments: normalized.attachments.map((a) => ({ sha256: a.sha256, name: a.name })),
    triage: { dueOn: triage.dueOn, explanation: JSON.stringify(triage), provisional: triage.provisional },
    tokens: tokensForIndex([normalized.title, normalized.request, normalized.content, normalized.respondentText ?? ''].join('\n')),
    event: {
      actorKind: input.actor.kind,
      actorUserId: staff?.userId ?? null,
      actorOrgId: staff?.orgId ?? null,
      payload: { channel: normalized.channel, category: normalized.category, orgId: input.registeringOrgId, signerCount: normalized.signerCount, attachments: normalized.attachments.length },
    },
  };
}
