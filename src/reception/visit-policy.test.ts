import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../accounts/actor.ts';
import { canCloseFollowUp, canRecordAt, canSeeRecord, canUnmaskRecord } from './visit-policy.ts';

const county = '/1/2/';
const office = '/1/2/3/';
const housing = '/1/2/4/';
const actor = (role: Role, orgPath: string): Actor => ({ userId: 1, username: 'u', displayName: 'u', orgId: 0, orgPath, grants: [{ role, orgId: 0, orgPath }], mustChangePassword: false });

describe('reception record policy', () => {
  it('lets clerks and leaders of the office or above record, and nobody else', () => {
    expect(canRecordAt(actor('clerk', office), office)).toBe(true);
    expect(canRecordAt(actor('leader', county), office)).toBe(true);
    expect(canRecordAt(actor('handler', office), office)).toBe(false);
    expect(canRecordAt(actor('clerk', housing), office)).toBe(false);
  });

  it('shows a record to the responsible unit but unmasks only for its approvers', () => {
    expect(canSeeRecord(actor('handler', housing), office, [housing])).toBe(true);
    expect(canUnmaskRecord(actor('handler', housing), office, [housing])).toBe(false);
    expect(canUnmaskRecord(actor('approver', housing), office, [housing])).toBe(true);
    expect(canSeeRecord(actor('handler', housing), office)).toBe(false);
  });

  it('closes a follow-up for the responsible body or the office clerk only', () => {
    expect(canCloseFollowUp(actor('handler', housing), housing, office)).toBe(true);
    expect(canCloseFollowUp(actor('approver', housing), housing, office)).toBe(true);
    expect(canCloseFollowUp(actor('clerk', office), housing, office)).toBe(true);
    expect(canCloseFollowUp(actor('leader', county), housing, office)).toBe(false);
    expect(canCloseFollowUp(actor('clerk', housing), housing, office)).toBe(false);
  });
});
