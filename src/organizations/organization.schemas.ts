import { z } from 'zod';
import { DIVISION_CODE, NAME_MAX, organizationKinds } from './organization.ts';

// One schema, three uses: validation, types and the OpenAPI document.
export const organizationKindSchema = z.enum(organizationKinds).meta({ id: 'OrganizationKind', description: '组织类型 — kind of organisation' });

export const divisionCodeSchema = z.string().regex(DIVISION_CODE).describe('行政区划代码: 6, 9 or 12 digits');

export const organizationSchema = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    name: z.string(),
    kind: organizationKindSchema,
    divisionCode: z.string().nullable(),
    path: z.string().describe("Materialised path of ids, '/1/4/9/': a subtree is every path with this prefix"),
    depth: z.number().int().describe('0 for a root'),
    reviewingOrgId: z.number().int().nullable().describe('Who reviews its decisions; null: its parent'),
  })
  .meta({ id: 'Organization', description: 'Organisation' });

export const reviewingBodyBody = z.object({ reviewingOrgId: z.number().int().positive().nullable().describe('null: the parent organisation reviews') });

export const organizationListResponse = z.object({
  organizations: z.array(organizationSchema).describe('The whole tree, depth first: parents before children, siblings in creation order'),
}).meta({ id: 'OrganizationList' });

export const organizationDetailResponse = z.object({
  organization: organizationSchema,
  ancestors: z.array(organizationSchema).describe('From the root down to the parent'),
  children: z.array(organizationSchema),
}).meta({ id: 'OrganizationDetail' });

export const addOrganizationBody = z.object({
  name: z.string().trim().min(1).max(NAME_MAX),
  kind: organizationKindSchema,
  parentId: z.number().int().positive(),
  divisionCode: divisionCodeSchema.nullish(),
});

export const organizationIdParams = z.object({ id: z.coerce.number().int().positive() });
