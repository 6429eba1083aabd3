import type { GroupVisitReceiver, GroupVisitRule } from '../petitions/procedure.types.ts';
import { AppError } from '../platform/errors.ts';

// The rules of a group visit (DOMAIN.md §4, §5), pure: no clock, no SQL.

/** A group chooses at most this many representatives; the others may be named or only counted. */
export const MAX_REPRESENTATIVES = 5;

export interface ResponseDuty {
  receiver: GroupVisitReceiver;
  withinMinutes: number;
  /** ISO-8601 UTC: when the receiver must have come. */
  respondBy: string;
}

/**
 * Who must come to receive a group of `headcount` people and by when: the rule with the highest
 * threshold the headcount reaches. Null when no rule applies — a small group is received like any
 * visit, by the staff on reception duty, with no response clock.
 */
export function responseDutyFor(rules: readonly GroupVisitRule[], headcount: number, arrivedAt: string): ResponseDuty | null {
  let best: GroupVisitRule | null = null;
  for (const rule of rules) if (headcount >= rule.minHeadcount && (!best || rule.minHeadcount > best.minHeadcount)) best = rule;
  if (!best) return null;
  const respondBy = new Date(Date.parse(arrivedAt) + best.withinMinutes * 60_000).toISOString();
  return { receiver: best.receiver, withinMinutes: best.withinMinutes, respondBy };
}

export interface GroupMembers {
  headcount: number;
  representatives: { name: string; phone?: string | undefined }[];
  others: string[];
}

const bad = (code: string, zh: string, en: string, details?: unknown): never => {
  throw new AppError('badRequest', code, { zh, en }, details);
};

/** Refuses a group whose members do not add up, before anything is written. */
export function checkGroupMembers(group: GroupMembers): void {
  if (!Number.isInteger(group.headcount) || group.headcount < 2) bad('headcountTooLow', '集体访人数至少为2人', 'A group visit has at least two people');
  const named = group.representatives.filter((r) => r.name.trim() !== '');
  if (named.length !== group.representatives.length) bad('representativeNameRequired', '每位代表都应填写姓名', 'Every representative needs a name');
  if (named.length === 0) bad('representativeRequired', '请至少登记1名代表', 'Register at least one representative');
  if (named.length > MAX_REPRESENTATIVES) {
    bad('tooManyRepresentatives', `集体访应推选不超过${MAX_REPRESENTATIVES}名代表`, `A group chooses at most ${MAX_REPRESENTATIVES} representatives`, { max: MAX_REPRESENTATIVES, given: named.length });
  }
  if (named.length + group.others.length > group.headcount) {
    bad('headcountTooLow', '登记的姓名多于来访人数', 'More names are listed than people came', { headcount: group.headcount, named: named.length + group.others.length });
  }
}

/** How the response clock stands at `now`: minutes left (negative once overdue). */
export function clockAt(respondBy: string | null, now: Date, receivedAt: string | null = null) {
  if (!respondBy) return null;
  const until = Date.parse(respondBy);
  if (receivedAt) return { minutesLeft: null, withinLimit: Date.parse(receivedAt) <= until };
  return { minutesLeft: Math.floor((until - now.getTime()) / 60_000), withinLimit: null };
}
