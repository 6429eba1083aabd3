import { type Actor, hasRoleOn } from '../accounts/actor.ts';

// Who may do what with reception records (issue #4): pure checks on role grants over subtrees.

/** Clerks and leaders of the receiving office (or above it) record visits and group visits. */
export const canRecordAt = (actor: Actor, receivingPath: string): boolean => hasRoleOn(actor, receivingPath, 'clerk', 'leader');

/** The receiving side, and the responsible unit's staff, see a reception record. */
export function canSeeRecord(actor: Actor, receivingPath: string, responsiblePaths: readonly string[] = []): boolean {
  return canRecordAt(actor, receivingPath) || responsiblePaths.some((p) => hasRoleOn(actor, p, 'handler', 'approver', 'leader'));
}

/** Names in clear: the receiving office's clerks and leaders, the responsible unit's approvers; always with a reason. */
export function canUnmaskRecord(actor: Actor, receivingPath: string, responsiblePaths: readonly string[] = []): boolean {
  return canRecordAt(actor, receivingPath) || responsiblePaths.some((p) => hasRoleOn(actor, p, 'approver'));
}

/** A leader receives a group; a clerk may record it on the leader's behalf, naming the leader. */
export const canRecordGroupReception = canRecordAt;
export const isLeaderAt = (actor: Actor, path: string): boolean => hasRoleOn(actor, path, 'leader');

/** The responsible body's handlers and approvers, or the receiving office's clerks, record a promise kept. */
export function canCloseFollowUp(actor: Actor, responsiblePath: string, receivingPath: string): boolean {
  return hasRoleOn(actor, responsiblePath, 'handler', 'approver') || hasRoleOn(actor, receivingPath, 'clerk');
}

/** Follow-ups an actor may list: those of units they work for, and those their office promised. */
export function canSeeFollowUp(actor: Actor, responsiblePath: string, receivingPath: string): boolean {
  return hasRoleOn(actor, responsiblePath, 'handler', 'approver', 'leader', 'clerk') || canRecordAt(actor, receivingPath);
}
