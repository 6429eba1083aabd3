// The rows one public registration writes, computed ahead of time for the raw ceiling: the same
// sealed personal data, search tokens, deadline explanation and encrypted idempotency receipt that
// registerPetition produces, so the ceiling writes the same bytes without the application's work.
import { computeDueDate, toLocalDate, WorkingCalendar } from '../../src/calendar/index.ts';
import type { DemoPetition } from '../../src/demo/index.ts';
import { canonicalJson } from '../../src/audit/event-hash.ts';
import { type Keys, deriveKeys, encrypt, randomCode, tokenHash } from '../../src/platform/crypto.ts';
import { petitionerDigest, sealPersonalData } from '../../src/petitions/personal-data.ts';
import { petitionerRow } from '../../src/petitions/petition.repository.ts';
import { defaultProfile } from '../../src/petitions/procedure.types.ts';
import { tokensForIndex } from '../../src/search/segmenter.ts';

export interface PreparedPetition {
  /** Every column of `petitions` except id, receipt_no and the timestamps set at write time. */
  petition: Record<string, string | number | null>;
  /** Every column of `petitioners` except petition_id. */
  petitioners: Record<string, string | number | null>[];
  deadline: { due_on: string; explanation: string; provisional: number };
  tokens: string;
  payloadJson: string;
  /** An encrypted receipt of the size registerPetition stores. */
  idempotencyResponse: string;
}

export const benchKeys: Keys = deriveKeys(Buffer.alloc(32, 11));

export function preparePetitions(petitions: readonly DemoPetition[], registeringOrgId: number, now = new Date()): PreparedPetition[] {
  const today = toLocalDate(now);
  const triage = computeDueDate(today, defaultProfile.triage, new WorkingCalendar());
  return petitions.map((p) => {
    const first = p.petitioners[0];
    const respondentText = p.respondent || null;
    return {
      petition: {
        query_code_hash: tokenHash(randomCode(8), benchKeys),
        channel: 'online',
        category: p.category,
        classification: p.classification,
        title: p.title,
        request: p.request,
        content: p.content,
        respondent_text: respondentText,
        respondent_org_id: null,
        place_division_code: p.placeDivisionCode,
        place_address: p.placeAddress,
        signer_count: p.signerCount,
        anonymous: p.anonymous ? 1 : 0,
        registered_on: today,
        registering_org_id: registeringOrgId,
        received_by: null,
        step: 'triage',
        outcome: null,
        holder_org_id: registeringOrgId,
        routing_org_id: registeringOrgId,
        replying_org_id: null,
        reviewing_org_id: null,
        decision: null,
        review_result: null,
        extended: 0,
        evaluation: null,
        due_on: triage.dueOn,
        petitioner_digest: first ? petitionerDigest(first, benchKeys) : null,
        version: 1,
      },
      petitioners: p.petitioners.map((person, i) => {
        const { petition_id: _id, ...row } = petitionerRow(0, i + 1, sealPersonalData(person, benchKeys));
        return row as Record<string, string | number | null>;
      }),
      deadline: { due_on: triage.dueOn, explanation: JSON.stringify(triage), provisional: triage.provisional ? 1 : 0 },
      tokens: tokensForIndex([p.title, p.request, p.content, respondentText ?? ''].join('\n')),
      payloadJson: canonicalJson({ channel: 'online', category: p.category, orgId: registeringOrgId, signerCount: p.signerCount, attachments: 0 }),
      idempotencyResponse: encrypt(
        JSON.stringify({ id: 1_000_000, receiptNo: 'XF20260928000001', queryCode: randomCode(8), registeredOn: today, dueOn: triage.dueOn, replayed: false }),
        benchKeys,
      ),
    };
  });
}
