import { type DueExplanation, dueStatus, renderExplanation } from '../calendar/index.ts';
import type { Locale } from '../platform/http/locale.ts';
import type { DeadlineRow, PetitionRow } from './petition.repository.ts';
import { deadlineLabels, deadlineStartLabels, eventLabels, stepLabel } from './procedure.labels.ts';
import type { Deadline, PetitionEvent, PetitionSummary } from './petition.responses.ts';
import type { Category, Channel, DeadlineKind, Outcome, Step } from './procedure.types.ts';

// The only places that decide what JSON leaves the server for a case. Personal data appear
// here only in masked form; unmasking is its own use case with its own log.
const pick = (locale: Locale, m: { zh: string; en: string }) => (locale === 'en' ? m.en : m.zh);

export function presentDeadline(d: DeadlineRow, today: string, locale: Locale): Deadline {
  const due = JSON.parse(d.explanation) as DueExplanation;
  const kind = d.kind as DeadlineKind;
  const fixed = due.days === 0;
  return {
    id: Number(d.id),
    kind,
    label: pick(locale, deadlineLabels[kind]),
    holderOrgId: Number(d.holder_org_id),
    startOn: d.start_on,
    dueOn: d.due_on,
    provisional: d.provisional === 1,
    explanation: fixed
      ? locale === 'en' ? `Set for ${d.due_on}` : `指定期限：${d.due_on}`
      : renderExplanation(due, locale, deadlineStartLabels[kind]),
    open: d.closed_at === null,
    status: d.closed_at === null ? dueStatus(d.due_on, today) : d.met === null ? ('closed' as const) : d.met === 1 ? ('met' as const) : ('missed' as const),
    closedAt: d.closed_at,
  };
}

export function presentSummary(row: PetitionRow, orgName: (id: number) => string, today: string, locale: Locale): PetitionSummary {
  const step = row.step as Step;
  return {
    id: Number(row.id),
    receiptNo: row.receipt_no,
    channel: row.channel as Channel,
    category: row.category as Category,
    classification: row.classification,
    title: row.title,
    registeredAt: row.registered_at,
    registeredOn: row.registered_on,
    step,
    stepLabel: pick(locale, stepLabel(step)),
    outcome: row.outcome as Outcome | null,
    holderOrgId: Number(row.holder_org_id),
    holderOrgName: orgName(Number(row.holder_org_id)),
    dueOn: row.due_on,
    dueStatus: row.due_on && step !== 'closed' ? dueStatus(row.due_on, today) : null,
    signerCount: row.signer_count,
    anonymous: row.anonymous === 1,
    version: row.version,
  };
}

export interface EventView {
  id: number;
  seq: number;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  actorKind: 'staff' | 'petitioner' | 'system';
  actorUserId: number | null;
  actorName: string | null;
  actorOrgName: string | null;
  public: boolean;
}

export function presentEvent(e: EventView, locale: Locale): PetitionEvent {
  return { ...e, label: pick(locale, eventLabels[e.type] ?? { zh: e.type, en: e.type }) };
}
