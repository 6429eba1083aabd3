import type { components } from '../../../api/schema';

export type Profile = components['schemas']['ProcedureProfile'];
export type LimitKey = Exclude<keyof Profile, 'extensionMaxDays' | 'groupVisitRules'>;

/**
 * Each period of the profile with what the 2022 regulation sets by default (DOMAIN.md §3), shown
 * beside the field so an administrator sees how far a local rule departs from the national one.
 * The server keeps the authoritative default; these are only the reminder.
 */
export const limitKeys: readonly { key: LimitKey; statutory: { days: number; unit: 'calendar' | 'working' } }[] = [
  { key: 'triage', statutory: { days: 15, unit: 'calendar' } },
  { key: 'acceptance', statutory: { days: 15, unit: 'calendar' } },
  { key: 'objection', statutory: { days: 5, unit: 'working' } },
  { key: 'handling', statutory: { days: 60, unit: 'calendar' } },
  { key: 'reviewRequest', statutory: { days: 30, unit: 'calendar' } },
  { key: 'review', statutory: { days: 30, unit: 'calendar' } },
  { key: 'rereviewRequest', statutory: { days: 30, unit: 'calendar' } },
  { key: 'rereview', statutory: { days: 30, unit: 'calendar' } },
];

export const statutoryExtensionMaxDays = 30;
