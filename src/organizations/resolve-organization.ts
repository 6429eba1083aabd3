import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Organization } from './organization.ts';
import { getOrganizationDirectory } from './organization-directory.ts';

/**
 * The organisation a person names on the command line: an id, a path of names from the root
 * ('江州市/青山县'), or a name that is unique in the tree.
 */
export async function resolveOrganization(ctx: AppContext, reference: string): Promise<Organization> {
  const tree = await getOrganizationDirectory(ctx).refresh();
  const found = tree.lookup(reference);
  if (found.length === 1) return found[0] as Organization;
  if (found.length === 0) {
    throw new AppError('notFound', 'notFound', { zh: `找不到组织“${reference}”`, en: `No organisation "${reference}"` });
  }
  const candidates = found.map((o) => `${o.id} ${tree.ancestry(o.id).map((a) => a.name).join('/')}`).join('; ');
  throw new AppError('badRequest', 'ambiguousOrganization', {
    zh: `“${reference}”对应多个组织，请用编号或完整路径：${candidates}`,
    en: `"${reference}" names several organisations; use an id or a full path: ${candidates}`,
  });
}
