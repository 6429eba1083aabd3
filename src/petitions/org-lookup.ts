import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { Organization } from '../organizations/organization.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';

export interface OrgLookup {
  get(id: number): Promise<Organization>;
  find(id: number): Promise<Organization | undefined>;
}

/** Organisation facts the procedure needs (names for documents, paths for subtree checks). */
export function orgLookup(ctx: Pick<AppContext, 'database'>): OrgLookup {
  const directory = getOrganizationDirectory(ctx);
  return {
    find: (id) => directory.get(id),
    async get(id) {
      const org = await directory.get(id);
      if (!org) throw new AppError('badRequest', 'unknownOrganization', { zh: `机构 ${id} 不存在`, en: `Organisation ${id} does not exist` });
      return org;
    },
  };
}
