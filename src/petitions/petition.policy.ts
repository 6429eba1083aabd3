import { type Actor, type Role, covers, hasRoleOn } from '../accounts/actor.ts';
import type { CommandType, Step } from './procedure.types.ts';

export type PetitionAction = CommandType | 'view' | 'unmask';

/** The organisations a case touches, as materialised paths, for subtree checks. */
export interface CaseScope {
  step: Step;
  category: string;
  holderPath: string;
  involvedPaths: string[];
  respondentPath: string | null;
  /** Staff excluded from the case for a conflict of interest: they can neither see nor act on it. */
  excludedUserIds: readonly number[];
}

// Who may do what (DOMAIN.md §1): each action names the roles that may take it on the holder.
const onHolder: Partial<Record<PetitionAction, Role[]>> = {
  forward: ['clerk', 'approver'],
  assign: ['clerk', 'approver'],
  notReaccept: ['clerk', 'approver'],
  object: ['handler', 'approver'],
  extend: ['approver'],
  reply: ['approver'],
  review: ['approver'],
  rereview: ['approver'],
  deliver: ['clerk', 'handler', 'approver'],
  withdraw: ['clerk', 'handler'],
  link: ['clerk', 'handler', 'approver'],
  urge: ['supervisor'],
  instruct: ['leader'],
  unmask: ['clerk', 'handler', 'approver'],
  // Paper requests for review and ratings given by phone are recorded by the holder's clerk.
  requestReview: ['clerk'],
  requestRereview: ['clerk'],
  evaluate: ['clerk'],
};

/**
 * An accusation is sealed from the accused: anyone who belongs to the accused organisation (or a
 * unit under it) never sees who reported, whatever roles they hold elsewhere.
 */
export function isSealedFrom(actor: Actor, scope: CaseScope): boolean {
  return scope.category === 'accusation' && scope.respondentPath !== null && covers(scope.respondentPath, actor.orgPath);
}

export function can(actor: Actor, action: PetitionAction, scope: CaseScope): boolean {
  if (action === 'finalize') return false; // only the system closes lapsed windows
  if (scope.excludedUserIds.includes(actor.userId)) return false;
  if (action === 'view') return [scope.holderPath, ...scope.involvedPaths].some((p) => actor.grants.some((g) => covers(g.orgPath, p)));
  if (action === 'unmask' && isSealedFrom(actor, scope)) return false;
  if (action === 'accept' || action === 'notAccept') {
    // At triage the office's clerk decides; a competent body's acceptance is approved by its head.
    const roles: Role[] = scope.step === 'triage' ? ['clerk', 'approver'] : ['approver'];
    return hasRoleOn(actor, scope.holderPath, ...roles);
  }
  const roles = onHolder[action];
  return roles !== undefined && hasRoleOn(actor, scope.holderPath, ...roles);
}
