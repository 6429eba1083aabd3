/**
 * The demo county's organisations (parents first, materialised paths as insertOrganization
 * writes them) and its staff with their role grants. Run again (`--append`), it finds what is
 * already there by parent and name, or by username, and adds only what is missing.
 */
import type { Role } from '../accounts/actor.ts';
import { grantsOfUsers, insertGrant } from '../accounts/grant.repository.ts';
import { hashPassword } from '../accounts/password.ts';
import { findUserByUsername, insertUser } from '../accounts/user.repository.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import { findChildOrganizationByName, insertOrganization } from '../organizations/organization.repository.ts';
import type { Organization } from '../organizations/organization.ts';
import type { AppContext } from '../platform/context.ts';
import { demoCounty, demoStaff } from './county.ts';
import type { DirectoryOrg, DirectoryStaff } from './demo-types.ts';

export interface LoadedCounty {
  orgs: DirectoryOrg[];
  staff: DirectoryStaff[];
  addedOrgs: number;
  addedUsers: number;
}

export async function loadCounty(ctx: AppContext, password: string): Promise<LoadedCounty> {
  const createdAt = ctx.clock.now().toISOString();
  // argon2id costs tens of milliseconds and 19 MiB by design; hashing the one shared password
  // once, not once per person, saves seconds. Every demo account then carries the same hash (the
  // same salt too): that reveals only that they share a password, which the loader prints anyway.
  const passwordHash = await hashPassword(password);
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const placed = new Map<string, Organization>();
    let addedOrgs = 0;
    for (const o of demoCounty) {
      const parent = o.parentKey === null ? null : (placed.get(o.parentKey) as Organization);
      let org = await findChildOrganizationByName(trx, parent?.id ?? null, o.name);
      if (!org) {
        org = await insertOrganization(trx, { parent, name: o.name, kind: o.kind, divisionCode: o.divisionCode, createdAt });
        addedOrgs += 1;
      }
      placed.set(o.key, org);
    }
    const staff: DirectoryStaff[] = [];
    let addedUsers = 0;
    for (const s of demoStaff) {
      const org = placed.get(s.orgKey) as Organization;
      const existing = await findUserByUsername(trx, s.username);
      if (existing) {
        staff.push({ userId: existing.id, orgId: existing.organizationId, roles: [] });
        continue;
      }
      const user = await insertUser(trx, {
        username: s.username, displayName: s.name, organizationId: org.id, passwordHash,
        // Demo accounts are for trying the system at once, not for production.
        mustChangePassword: false, createdAt,
      });
      for (const role of s.roles) await insertGrant(trx, { userId: user.id, role: role as Role, organizationId: org.id });
      staff.push({ userId: user.id, orgId: org.id, roles: [...s.roles] });
      addedUsers += 1;
    }
    // Accounts kept from an earlier load act with the grants they hold now, on their own organisation.
    const kept = staff.filter((s) => s.roles.length === 0);
    const grants = await grantsOfUsers(trx, kept.map((s) => s.userId));
    for (const s of kept) s.roles = (grants.get(s.userId) ?? []).filter((g) => g.organizationId === s.orgId).map((g) => g.role);
    const orgs = demoCounty.map((o): DirectoryOrg => {
      const org = placed.get(o.key) as Organization;
      return { id: org.id, key: o.key, name: org.name, kind: org.kind, parentId: org.parentId, path: org.path };
    });
    return { orgs, staff, addedOrgs, addedUsers };
  });
  if (result.addedOrgs > 0) getOrganizationDirectory(ctx).invalidate();
  return result;
}
