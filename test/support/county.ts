import type { Organization } from '../../src/organizations/organization.ts';
import type { TestApp } from './app.ts';
import { type Client, createOrg, signInAs } from './factories.ts';

/** A small county: a city above it for re-review, the petition office and two competent bodies. */
export interface County {
  city: Organization;
  county: Organization;
  office: Organization;
  housing: Organization;
  discipline: Organization;
  township: Organization;
  clerk: Client;
  housingApprover: Client;
  housingHandler: Client;
  countyApprover: Client;
  cityApprover: Client;
  supervisor: Client;
  leader: Client;
  auditor: Client;
  admin: Client;
}

export async function buildCounty(app: TestApp): Promise<County> {
  const { ctx } = app;
  const city = await createOrg(ctx, { name: '江州市人民政府', kind: 'government', divisionCode: '369900' });
  const county = await createOrg(ctx, { name: '青山县人民政府', kind: 'government', parentId: city.id, divisionCode: '369922' });
  const office = await createOrg(ctx, { name: '青山县信访局', kind: 'petitionOffice', parentId: county.id });
  const housing = await createOrg(ctx, { name: '青山县住房和城乡建设局', kind: 'department', parentId: county.id });
  const discipline = await createOrg(ctx, { name: '青山县纪委监委', kind: 'discipline', parentId: county.id });
  const township = await createOrg(ctx, { name: '青山县东岭镇人民政府', kind: 'township', parentId: county.id, divisionCode: '369922100' });
  return {
    city,
    county,
    office,
    housing,
    discipline,
    township,
    clerk: await signInAs(app, { orgId: office.id, roles: ['clerk'] }),
    housingApprover: await signInAs(app, { orgId: housing.id, roles: ['approver'] }),
    housingHandler: await signInAs(app, { orgId: housing.id, roles: ['handler', 'clerk'] }),
    countyApprover: await signInAs(app, { orgId: county.id, roles: ['approver'] }),
    cityApprover: await signInAs(app, { orgId: city.id, roles: ['approver'] }),
    supervisor: await signInAs(app, { orgId: county.id, roles: ['supervisor'] }),
    leader: await signInAs(app, { orgId: county.id, roles: ['leader'] }),
    auditor: await signInAs(app, { orgId: county.id, roles: ['auditor'] }),
    admin: await signInAs(app, { orgId: city.id, roles: ['admin'] }),
  };
}

/** A valid resident ID number (GB 11643 checksum) for the fictional county. */
export const VALID_ID = '369922196503140027';

export const letterPetition = (overrides: Record<string, unknown> = {}) => ({
  channel: 'letter',
  category: 'claim',
  classification: '城乡建设/物业管理',
  title: '小区物业长期不维修电梯',
  request: '请求督促物业公司尽快修复电梯',
  content: '我是东岭镇幸福小区居民，小区3号楼电梯自2025年3月起多次故障停运，物业公司以资金不足为由拖延维修，老人上下楼十分困难。',
  respondentText: '幸福小区物业服务有限公司',
  placeDivisionCode: '369922100',
  placeAddress: '东岭镇幸福小区3号楼',
  petitioners: [{ name: '李秀英', idNumber: VALID_ID, phone: '13812345678', address: '青山县东岭镇幸福小区3号楼2单元501室' }],
  ...overrides,
});
