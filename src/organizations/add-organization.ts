import type { Caller } from '../accounts/caller.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { NAME_MAX, type Organization, type OrganizationKind, isDivisionCode, isOrganizationKind } from './organization.ts';
import { getOrganizationDirectory } from './organization-directory.ts';
import { assertCanAddOrganization } from './organization.policy.ts';
import { findChildOrganizationByName, findOrganizationById, insertOrganization } from './organization.repository.ts';

export interface AddOrganizationInput {
  name: string;
  kind: OrganizationKind | string;
  /** null makes a new root (the operator only). */
  parentId: number | null;
  divisionCode?: string | null | undefined;
}

/** Checks what the schema cannot (kinds from the CLI, trimmed names); returns clean values. */
export function validateOrganizationInput(input: AddOrganizationInput): { name: string; kind: OrganizationKind; divisionCode: string | null } {
  const name = input.name.trim();
  if (name === '' || name.length > NAME_MAX) {
    throw new AppError('badRequest', 'organizationName', { zh: `组织名称须为 1 至 ${NAME_MAX} 个字`, en: `The name must have 1 to ${NAME_MAX} characters` });
  }
  if (!isOrganizationKind(input.kind)) {
    throw new AppError('badRequest', 'organizationKind', { zh: `未知的组织类型：${input.kind}`, en: `Unknown organisation kind: ${input.kind}` });
  }
  const divisionCode = input.divisionCode?.trim() || null;
  if (divisionCode !== null && !isDivisionCode(divisionCode)) {
    throw new AppError('badRequest', 'divisionCode', {
      zh: '行政区划代码须为 6、9 或 12 位数字',
      en: 'The administrative division code must have 6, 9 or 12 digits',
    });
  }
  return { name, kind: input.kind, divisionCode };
}

export const organizationExists = (name: string): AppError =>
  new AppError('conflict', 'organizationExists', { zh: `同一上级下已有名为“${name}”的组织`, en: `An organisation named "${name}" already exists under this parent` });

/** Adds one organisation under its parent, computing its path; siblings have distinct names. */
export async function addOrganization(ctx: AppContext, caller: Caller, input: AddOrganizationInput): Promise<Organization> {
  const clean = validateOrganizationInput(input);
  const created = await ctx.database.db.transaction().execute(async (trx) => {
    const parent = input.parentId === null ? null : ((await findOrganizationById(trx, input.parentId)) ?? null);
    if (input.parentId !== null && parent === null) throw notFound({ zh: '上级组织', en: 'Parent organisation' });
    assertCanAddOrganization(caller, parent?.path ?? null);
    if (await findChildOrganizationByName(trx, parent?.id ?? null, clean.name)) throw organizationExists(clean.name);
    return insertOrganization(trx, { parent, ...clean, createdAt: ctx.clock.now().toISOString() });
  });
  getOrganizationDirectory(ctx).invalidate();
  return created;
}
