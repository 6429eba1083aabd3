// The organisation tree as data: kinds, administrative division codes and materialised paths.
// Pure: no SQL, no HTTP.

export const organizationKinds = [
  'petitionOffice', 'government', 'department', 'township', 'discipline', 'enterprise', 'court', 'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const organizationKindLabels: Record<OrganizationKind, { zh: string; en: string }> = {
  petitionOffice: { zh: '信访部门', en: 'petition office' },
  government: { zh: '人民政府', en: 'government' },
  department: { zh: '工作部门', en: 'department' },
  township: { zh: '乡镇（街道）', en: 'township' },
  discipline: { zh: '纪检监察机关', en: 'discipline inspection' },
  enterprise: { zh: '企事业单位', en: 'enterprise or public unit' },
  court: { zh: '法院、检察院', en: 'court or procuratorate' },
  other: { zh: '其他', en: 'other' },
};

export interface Organization {
  id: number;
  parentId: number | null;
  name: string;
  kind: OrganizationKind;
  /** 6 (county), 9 (township) or 12 (village) digit administrative division code. */
  divisionCode: string | null;
  /** '/1/4/9/': ancestors' ids then its own, so a subtree is every path with this prefix. */
  path: string;
  createdAt: string;
  /** The body that reviews this one's decisions when it is not the parent (null or absent: the parent). */
  reviewingOrgId?: number | null;
}

export const isOrganizationKind = (value: string): value is OrganizationKind =>
  (organizationKinds as readonly string[]).includes(value);

export const DIVISION_CODE = /^\d{6}(?:\d{3}){0,2}$/;
export const isDivisionCode = (value: string): boolean => DIVISION_CODE.test(value);

export const NAME_MAX = 100;

export const childPath = (parentPath: string | null, id: number): string => `${parentPath ?? '/'}${id}/`;

/** 0 for a root ('/1/'), 1 for its children ('/1/4/'), … */
export const depthOf = (path: string): number => path.split('/').length - 3;

/** Is `path` the organisation at `ancestorPath` or below it? */
export const isWithinPath = (path: string, ancestorPath: string): boolean => path.startsWith(ancestorPath);
