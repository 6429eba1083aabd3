import type { TFunction } from 'i18next';
import type { components } from '../../api/schema';
import type { Role } from '../types.ts';

export type OrganizationKind = components['schemas']['OrganizationKind'];

// The order people think of them in: who registers, who handles, who approves, who watches.
export const roles: readonly Role[] = ['clerk', 'handler', 'approver', 'supervisor', 'leader', 'auditor', 'admin'];
export const organizationKinds: readonly OrganizationKind[] = ['petitionOffice', 'government', 'department', 'township', 'discipline', 'enterprise', 'court', 'other'];

export const roleLabel = (t: TFunction, role: string): string => t(`enums.role.${role}`);
export const kindLabel = (t: TFunction, kind: string): string => t(`admin.enums.orgKind.${kind}`);
