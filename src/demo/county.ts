/**
 * A fictional city and county as an organisation tree, with staff, for demos and benchmarks.
 * 江州市 (369900) and 青山县 (369922) do not exist: the codes sit in an unused range.
 */
import { buildDemoStaff, type DemoStaff } from './staff.ts';

export type { DemoRole, DemoStaff } from './staff.ts';

export type DemoOrgKind = 'government' | 'petitionOffice' | 'department' | 'township' | 'discipline' | 'enterprise';

export interface DemoOrg {
  key: string;
  parentKey: string | null;
  name: string;
  kind: DemoOrgKind;
  divisionCode: string | null;
}

export const CITY_CODE = '369900';
export const COUNTY_CODE = '369922';
export const COUNTY_NAME = '青山县';

/** Keys of the bodies the petition generator routes to. */
export const ORG = {
  city: 'jzs', cityOffice: 'jzs.xfj', county: 'qsx', office: 'qsx.xfj', discipline: 'qsx.jw',
  housing: 'qsx.zjj', labour: 'qsx.rsj', land: 'qsx.zrj', environment: 'qsx.sthjj', education: 'qsx.jyj',
  health: 'qsx.wjj', police: 'qsx.gaj', market: 'qsx.scjgj', agriculture: 'qsx.nyncj', transport: 'qsx.jtysj',
  civil: 'qsx.mzj', urban: 'qsx.cgj', medicalInsurance: 'qsx.ybj', veterans: 'qsx.tyjrj',
  bus: 'qsx.gjgs', water: 'qsx.swjt',
} as const;

const departments: readonly (readonly [string, string])[] = [
  [ORG.housing, '青山县住房和城乡建设局'],
  [ORG.labour, '青山县人力资源和社会保障局'],
  [ORG.land, '青山县自然资源局'],
  [ORG.environment, '青山县生态环境局'],
  [ORG.education, '青山县教育局'],
  [ORG.health, '青山县卫生健康局'],
  [ORG.police, '青山县公安局'],
  [ORG.market, '青山县市场监督管理局'],
  [ORG.agriculture, '青山县农业农村局'],
  [ORG.transport, '青山县交通运输局'],
  [ORG.civil, '青山县民政局'],
  [ORG.urban, '青山县城市管理局'],
  [ORG.medicalInsurance, '青山县医疗保障局'],
  [ORG.veterans, '青山县退役军人事务局'],
];

export interface DemoTownship {
  key: string;
  name: string;
  code: string;
}

/** Five towns (镇, 1xx) and three rural townships (乡, 2xx), 9-digit codes under the county. */
export const demoTownships: readonly DemoTownship[] = [
  { key: 'qsx.cgz', name: '城关镇', code: `${COUNTY_CODE}100` },
  { key: 'qsx.qsz', name: '青石镇', code: `${COUNTY_CODE}101` },
  { key: 'qsx.bsz', name: '白沙镇', code: `${COUNTY_CODE}102` },
  { key: 'qsx.lqz', name: '龙泉镇', code: `${COUNTY_CODE}103` },
  { key: 'qsx.tyz', name: '桃源镇', code: `${COUNTY_CODE}104` },
  { key: 'qsx.lxx', name: '柳溪乡', code: `${COUNTY_CODE}200` },
  { key: 'qsx.smx', name: '石门乡', code: `${COUNTY_CODE}201` },
  { key: 'qsx.ylx', name: '云岭乡', code: `${COUNTY_CODE}202` },
];

export const demoCounty: DemoOrg[] = [
  { key: ORG.city, parentKey: null, name: '江州市人民政府', kind: 'government', divisionCode: CITY_CODE },
  { key: ORG.cityOffice, parentKey: ORG.city, name: '江州市信访局', kind: 'petitionOffice', divisionCode: CITY_CODE },
  { key: ORG.county, parentKey: ORG.city, name: '青山县人民政府', kind: 'government', divisionCode: COUNTY_CODE },
  { key: ORG.office, parentKey: ORG.county, name: '青山县信访局', kind: 'petitionOffice', divisionCode: COUNTY_CODE },
  { key: ORG.discipline, parentKey: ORG.county, name: '青山县纪委监委', kind: 'discipline', divisionCode: COUNTY_CODE },
  ...departments.map(([key, name]): DemoOrg => ({
    key, parentKey: ORG.county, name, kind: 'department', divisionCode: COUNTY_CODE,
  })),
  { key: ORG.bus, parentKey: ORG.county, name: '青山县公共交通有限公司', kind: 'enterprise', divisionCode: COUNTY_CODE },
  { key: ORG.water, parentKey: ORG.county, name: '青山县水务集团有限公司', kind: 'enterprise', divisionCode: COUNTY_CODE },
  ...demoTownships.flatMap((t): DemoOrg[] => [
    { key: t.key, parentKey: ORG.county, name: `${COUNTY_NAME}${t.name}人民政府`, kind: 'township', divisionCode: t.code },
    { key: `${t.key}.xfb`, parentKey: t.key, name: `${COUNTY_NAME}${t.name}信访办`, kind: 'petitionOffice', divisionCode: t.code },
  ]),
];

const byKey = new Map(demoCounty.map((o) => [o.key, o]));

/** The name of a demo organisation; throws on an unknown key. */
export function orgName(key: string): string {
  const org = byKey.get(key);
  if (!org) throw new Error(`unknown demo organisation: ${key}`);
  return org.name;
}

/** A few staff per organisation (clerks, handlers, approvers, supervisors, leaders, auditors, admins). */
export const demoStaff: DemoStaff[] = buildDemoStaff(demoCounty);
