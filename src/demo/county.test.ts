import { describe, expect, it } from 'vitest';
import { COUNTY_CODE, ORG, demoCounty, demoStaff, demoTownships, orgName, type DemoRole } from './county.ts';

const byKey = new Map(demoCounty.map((o) => [o.key, o]));
const children = (key: string) => demoCounty.filter((o) => o.parentKey === key);

describe('demoCounty', () => {
  it('is a tree with unique keys and one root', () => {
    expect(byKey.size).toBe(demoCounty.length);
    expect(demoCounty.filter((o) => o.parentKey === null).map((o) => o.key)).toEqual([ORG.city]);
    for (const o of demoCounty) if (o.parentKey !== null) expect(byKey.has(o.parentKey), o.key).toBe(true);
  });

  it('has the city and county bodies', () => {
    expect(byKey.get(ORG.cityOffice)).toMatchObject({ name: '江州市信访局', kind: 'petitionOffice' });
    expect(byKey.get(ORG.county)).toMatchObject({ name: '青山县人民政府', kind: 'government', divisionCode: COUNTY_CODE });
    expect(byKey.get(ORG.office)).toMatchObject({ kind: 'petitionOffice', parentKey: ORG.county });
    expect(byKey.get(ORG.discipline)).toMatchObject({ kind: 'discipline', parentKey: ORG.county });
  });

  it('has the fourteen county departments', () => {
    const names = children(ORG.county).filter((o) => o.kind === 'department').map((o) => o.name.replace('青山县', ''));
    expect(names.sort()).toEqual([
      '住房和城乡建设局', '人力资源和社会保障局', '自然资源局', '生态环境局', '教育局', '卫生健康局', '公安局',
      '市场监督管理局', '农业农村局', '交通运输局', '民政局', '城市管理局', '医疗保障局', '退役军人事务局',
    ].sort());
  });

  it('has eight townships, each with its petition office under the county code', () => {
    const towns = demoCounty.filter((o) => o.kind === 'township');
    expect(towns).toHaveLength(8);
    expect(demoTownships.map((t) => t.key).sort()).toEqual(towns.map((t) => t.key).sort());
    for (const t of towns) {
      expect(t.divisionCode).toMatch(new RegExp(`^${COUNTY_CODE}\\d{3}$`));
      const offices = children(t.key).filter((o) => o.kind === 'petitionOffice');
      expect(offices).toHaveLength(1);
      expect(offices[0]?.divisionCode).toBe(t.divisionCode);
    }
    expect(new Set(towns.map((t) => t.divisionCode)).size).toBe(8);
  });

  it('uses 6- or 9-digit division codes', () => {
    for (const o of demoCounty) if (o.divisionCode !== null) expect(o.divisionCode).toMatch(/^\d{6}(\d{3})?$/);
  });

  it('names organisations by key', () => {
    expect(orgName(ORG.housing)).toBe('青山县住房和城乡建设局');
    expect(() => orgName('nope')).toThrow();
  });
});

describe('demoStaff', () => {
  it('gives every organisation a few staff with unique ASCII usernames', () => {
    const usernames = new Set(demoStaff.map((s) => s.username));
    expect(usernames.size).toBe(demoStaff.length);
    for (const s of demoStaff) {
      expect(s.username).toMatch(/^[a-z]+\.[a-z]+\d*\.[a-z]+$/);
      expect(s.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(byKey.has(s.orgKey)).toBe(true);
      expect(s.roles.length).toBeGreaterThan(0);
    }
    for (const o of demoCounty) {
      const n = demoStaff.filter((s) => s.orgKey === o.key).length;
      expect(n, o.key).toBeGreaterThanOrEqual(2);
      expect(n, o.key).toBeLessThanOrEqual(8);
    }
  });

  it('covers every role of DOMAIN.md §1', () => {
    const roles = new Set(demoStaff.flatMap((s) => s.roles));
    const all: DemoRole[] = ['clerk', 'handler', 'approver', 'supervisor', 'leader', 'auditor', 'admin'];
    for (const r of all) expect(roles.has(r), r).toBe(true);
    const office = demoStaff.filter((s) => s.orgKey === ORG.office).flatMap((s) => s.roles);
    expect(new Set(office).size).toBe(all.length);
  });
});
