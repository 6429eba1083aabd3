import { describe, expect, it } from 'vitest';
import { adminScopes, assertCanAdminister, canAdminister } from './account.policy.ts';
import { type Actor, type Role, roles } from './actor.ts';
import { operator } from './caller.ts';

const actor = (...grants: [Role, string][]): Actor => ({
  userId: 1, username: 'u', displayName: 'u', orgId: 2, orgPath: '/1/2/', mustChangePassword: false,
  grants: grants.map(([role, orgPath]) => ({ role, orgId: Number(orgPath.split('/').at(-2)), orgPath })),
});

// County (/1/2/) admin; a township below (/1/2/7/), the city above (/1/) and a neighbour (/1/3/).
const places = { city: '/1/', county: '/1/2/', township: '/1/2/7/', neighbour: '/1/3/', lookalike: '/1/22/' };

describe('account policy', () => {
  it.each(roles)('a %s on the county administers users there only if admin', (role) => {
    const a = actor([role, places.county]);
    expect(canAdminister(a, places.county)).toBe(role === 'admin');
    expect(canAdminister(a, places.township)).toBe(role === 'admin');
  });

  it.each(Object.entries(places))('a county admin and %s', (name, path) => {
    expect(canAdminister(actor(['admin', places.county]), path)).toBe(name === 'county' || name === 'township');
  });

  it('the operator administers everything', () => {
    expect(canAdminister(operator, '/9/')).toBe(true);
    expect(adminScopes(operator)).toBe('all');
  });

  it('needs every organisation of a grant to be in scope', () => {
    const a = actor(['admin', places.county]);
    expect(() => assertCanAdminister(a, places.township, places.county)).not.toThrow();
    expect(() => assertCanAdminister(a, places.township, places.city)).toThrow(expect.objectContaining({ code: 'forbidden', status: 403 }));
  });

  it('scopes are the outermost admin subtrees', () => {
    expect(adminScopes(actor(['admin', places.county], ['admin', places.township], ['clerk', places.city], ['admin', places.neighbour]))).toEqual([
      places.county, places.neighbour,
    ]);
    expect(adminScopes(actor(['leader', places.city]))).toEqual([]);
  });
});
