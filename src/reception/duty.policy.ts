// Who may see and edit an office's duty roster, who may be put on it, and who hears of its gaps.
// Pure: decided from grants and materialised paths alone.
import { type Actor, type Role, covers, hasRoleOn } from '../accounts/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Duty } from './duty-roster.ts';

/** The office's administrators and its leadership (负责人, 领导) keep the roster. */
export const EDIT_ROLES: readonly Role[] = ['admin', 'approver', 'leader'];
/** Clerks at the desk also need to see who is on duty. */
export const VIEW_ROLES: readonly Role[] = [...EDIT_ROLES, 'clerk'];

export const canViewRoster = (actor: Actor, officePath: string): boolean => hasRoleOn(actor, officePath, ...VIEW_ROLES);
export const canEditRoster = (actor: Actor, officePath: string): boolean => hasRoleOn(actor, officePath, ...EDIT_ROLES);

export function assertCanViewRoster(actor: Actor, officePath: string): void {
  if (!canViewRoster(actor, officePath)) {
    throw new AppError('forbidden', 'forbidden', { zh: '没有查看该单位值班表的权限', en: "You are not allowed to see this office's duty roster" });
  }
}

export function assertCanEditRoster(actor: Actor, officePath: string): void {
  if (!canEditRoster(actor, officePath)) {
    throw new AppError('forbidden', 'forbidden', { zh: '只有该单位的管理员、负责人或领导可以编排值班', en: "Only the office's administrators, approvers or leaders may edit its duty roster" });
  }
}

export interface Candidate {
  disabled: boolean;
  /** Path of the user's own organisation. */
  orgPath: string;
  /** Paths of the organisations on which the user holds a leading role (leader or approver). */
  leaderOn: readonly string[];
}

/** The roles that make someone fit to be the on-call leader (带班领导). */
export const LEADING_ROLES: readonly Role[] = ['leader', 'approver'];

/**
 * Reception duty is done by the office's own staff (its subtree). The on-call leader is someone
 * who leads the office or a body above it: its approver (负责人), or a leader whose grant covers it
 * (a county leader on call for the county's petition office). A disabled account is never put on
 * duty.
 */
export function whyNotAssignable(candidate: Candidate, officePath: string, duty: Duty): 'disabled' | 'outside' | 'notLeader' | null {
  if (candidate.disabled) return 'disabled';
  if (duty === 'onCall') return candidate.leaderOn.some((p) => covers(p, officePath)) ? null : 'notLeader';
  return covers(officePath, candidate.orgPath) ? null : 'outside';
}

export function assertAssignable(candidate: Candidate & { displayName: string }, officePath: string, duty: Duty): void {
  const why = whyNotAssignable(candidate, officePath, duty);
  if (why === 'disabled') {
    throw new AppError('badRequest', 'userDisabled', { zh: `${candidate.displayName}的账号已停用，不能安排值班`, en: `${candidate.displayName}'s account is disabled and cannot be put on duty` });
  }
  if (why === 'notLeader') {
    throw new AppError('badRequest', 'notALeader', { zh: `${candidate.displayName}不是本单位或上级机关的领导、负责人，不能担任带班领导`, en: `${candidate.displayName} does not lead this office or a body above it, so cannot be the on-call leader` });
  }
  if (why === 'outside') {
    throw new AppError('badRequest', 'notOfOffice', { zh: `${candidate.displayName}不是本单位人员，不能安排接待值班`, en: `${candidate.displayName} is not staff of this office, so cannot be put on reception duty` });
  }
}

/**
 * Who hears of a gap: every administrator covering the office, and the approvers of the office
 * itself or of the body directly above it (its own leadership, not every approver up to the province).
 */
export function gapRecipient(grant: { role: Role; orgPath: string }, officePath: string): boolean {
  if (grant.role === 'admin') return covers(grant.orgPath, officePath);
  if (grant.role !== 'approver') return false;
  return grant.orgPath === officePath || grant.orgPath === parentPath(officePath);
}

function parentPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length <= 1 ? path : `/${parts.slice(0, -1).join('/')}/`;
}
