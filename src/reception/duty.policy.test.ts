import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../accounts/actor.ts';
import { canEditRoster, canViewRoster, gapRecipient, whyNotAssignable } from './duty.policy.ts';

const office = '/1/2/3/';
const actor = (role: Role, orgPath: string): Actor => ({ userId: 1, username: 'u', displayName: 'U', orgId: 1, orgPath, grants: [{ role, orgId: 1, orgPath }], mustChangePassword: false });

describe('the duty roster policy', () => {
  it('lets admins, approvers and leaders covering the office edit, and clerks only see', () => {
    expect(canEditRoster(actor('admin', '/1/'), office)).toBe(true);
    expect(canEditRoster(actor('approver', '/1/2/'), office)).toBe(true);
    expect(canEditRoster(actor('leader', office), office)).toBe(true);
    expect(canEditRoster(actor('clerk', office), office)).toBe(false);
    expect(canViewRoster(actor('clerk', office), office)).toBe(true);
    expect(canViewRoster(actor('admin', '/1/5/'), office)).toBe(false);
    expect(canViewRoster(actor('handler', office), office)).toBe(false);
  });

  it('assigns staff of the office’s subtree to reception, only those who lead it or a body above it on call, and never a disabled account', () => {
    const staff = { disabled: false, orgPath: '/1/2/3/7/', leaderOn: [] };
    const officeHead = { disabled: false, orgPath: office, leaderOn: [office] };
    const countyLeader = { disabled: false, orgPath: '/1/2/', leaderOn: ['/1/2/'] };
    const outsider = { disabled: false, orgPath: '/1/4/', leaderOn: ['/1/4/'] };
    expect(whyNotAssignable(staff, office, 'reception')).toBeNull();
    expect(whyNotAssignable(staff, office, 'onCall')).toBe('notLeader');
    expect(whyNotAssignable(officeHead, office, 'onCall')).toBeNull();
    expect(whyNotAssignable(countyLeader, office, 'onCall')).toBeNull();
    expect(whyNotAssignable(countyLeader, office, 'reception')).toBe('outside');
    expect(whyNotAssignable(outsider, office, 'onCall')).toBe('notLeader');
    expect(whyNotAssignable({ ...staff, disabled: true }, office, 'reception')).toBe('disabled');
  });

  it('tells the admins covering the office and the approvers of the office or the body above it', () => {
    expect(gapRecipient({ role: 'admin', orgPath: '/1/' }, office)).toBe(true);
    expect(gapRecipient({ role: 'admin', orgPath: '/1/4/' }, office)).toBe(false);
    expect(gapRecipient({ role: 'approver', orgPath: '/1/2/' }, office)).toBe(true);
    expect(gapRecipient({ role: 'approver', orgPath: office }, office)).toBe(true);
    expect(gapRecipient({ role: 'approver', orgPath: '/1/' }, office)).toBe(false);
    expect(gapRecipient({ role: 'leader', orgPath: office }, office)).toBe(false);
  });
});
