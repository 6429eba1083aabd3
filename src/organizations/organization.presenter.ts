import type { z } from 'zod';
import { type Organization, depthOf } from './organization.ts';
import type { organizationSchema } from './organization.schemas.ts';

export type OrganizationView = z.infer<typeof organizationSchema>;

export const presentOrganization = (org: Organization): OrganizationView => ({
  id: org.id,
  parentId: org.parentId,
  name: org.name,
  kind: org.kind,
  divisionCode: org.divisionCode,
  path: org.path,
  depth: depthOf(org.path),
  reviewingOrgId: org.reviewingOrgId ?? null,
});
