import { describe, expect, it } from 'vitest';
import type { Organization } from '../organizations/organization.ts';
import { nearestOffice } from './nearest-office.ts';

const org = (id: number, parentId: number | null, kind: Organization['kind'], divisionCode: string | null, path: string): Organization => ({
  id, parentId, name: `org${id}`, kind, divisionCode, path, createdAt: '2026-01-01T00:00:00Z',
});

// A city, its office, a county with an office that has no code of its own, a township office.
const tree = [
  org(1, null, 'government', '369900', '/1/'),
  org(2, 1, 'petitionOffice', null, '/1/2/'),
  org(3, 1, 'government', '369922', '/1/3/'),
  org(4, 3, 'petitionOffice', null, '/1/3/4/'),
  org(5, 3, 'township', '369922100', '/1/3/5/'),
  org(6, 5, 'petitionOffice', '369922100', '/1/3/5/6/'),
];

describe('the office an online submission goes to', () => {
  it('is the office of the smallest division containing the place', () => {
    expect(nearestOffice(tree, '369922100203')?.id).toBe(6);
    expect(nearestOffice(tree, '369922200')?.id).toBe(4);
    expect(nearestOffice(tree, '369901')?.id).toBe(2);
  });

  it('is the top-most office without a place, or for a place outside every division', () => {
    expect(nearestOffice(tree, null)?.id).toBe(2);
    expect(nearestOffice(tree, '110101')?.id).toBe(2);
  });

  it('is none when there is no office at all', () => {
    expect(nearestOffice(tree.filter((o) => o.kind !== 'petitionOffice'), '369922')).toBeUndefined();
  });
});
