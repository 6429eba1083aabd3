import { describe, expect, it } from 'vitest';
import type { Organization } from './organization.ts';
import { parseOrganizationCsv } from './organization-csv.ts';
import { planOrganizationImport } from './organization-import-plan.ts';
import { OrganizationTree } from './organization-tree.ts';

const header = 'key,parent_key,name,kind,division_code';
const csv = (...lines: string[]) => [header, ...lines].join('\n');
const lines = (text: string) => parseOrganizationCsv(text).problems.map((p) => p.line);

describe('parseOrganizationCsv', () => {
  it('reads rows, with a BOM, CRLF, blank lines and quoted fields', () => {
    const { rows, problems } = parseOrganizationCsv(`\ufeff${header}\r\nqsx,,青山县人民政府,government,369922\r\n\r\n"qsx.xfj",qsx,"青山县信访局",petitionOffice,\r\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, key: 'qsx', parentKey: null, name: '青山县人民政府', kind: 'government', divisionCode: '369922' },
      { line: 4, key: 'qsx.xfj', parentKey: 'qsx', name: '青山县信访局', kind: 'petitionOffice', divisionCode: null },
    ]);
  });

  it('reports each bad row by its line', () => {
    const text = csv('a,,甲,government,', 'b,a,,department,', 'c,a,丙,ministry,', 'd,a,丁,department,12345', 'e,a,戊', 'f,a,己,township,369922001');
    expect(lines(text)).toEqual([3, 4, 5, 6]);
    expect(parseOrganizationCsv(text).rows.map((r) => r.key)).toEqual(['a', 'f']);
  });

  it('counts lines of a quoted field spanning lines from where the record starts', () => {
    expect(lines(csv('a,,"甲\n乙",nope,'))).toEqual([2]);
  });

  it('rejects a missing column, an empty file and broken quoting', () => {
    expect(parseOrganizationCsv('key,name,kind\na,b,government').problems[0]?.message.en).toMatch(/parent_key/);
    expect(lines('')).toEqual([1]);
    expect(lines(csv('a,,"甲,government,'))).toEqual([2]);
  });
});

const existing = (id: number, parentId: number | null, path: string, name: string, kind: Organization['kind'] = 'government'): Organization => ({
  id, parentId, name, kind, divisionCode: null, path, createdAt: '2026-01-01T00:00:00.000Z',
});

describe('planOrganizationImport', () => {
  const rows = (text: string) => parseOrganizationCsv(text).rows;

  it('orders parents first whatever the file order', () => {
    const plan = planOrganizationImport(rows(csv('c,b,丙,department,', 'b,a,乙,department,', 'a,,甲,government,')), new OrganizationTree([]), null);
    expect(plan.problems).toEqual([]);
    expect(plan.steps.map((s) => s.row.key)).toEqual(['a', 'b', 'c']);
  });

  it('reports duplicate keys, unknown parents, cycles and twins', () => {
    const text = csv('a,,甲,government,', 'a,,甲二,government,', 'b,zz,乙,department,', 'c,d,丙,department,', 'd,c,丁,department,', 'e,a,戊,department,', 'f,a,戊,department,');
    const plan = planOrganizationImport(rows(text), new OrganizationTree([]), null);
    expect(plan.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 8]);
  });

  it('matches rows already in the tree by parent and name, so a second import adds nothing', () => {
    const tree = new OrganizationTree([existing(1, null, '/1/', '甲'), existing(2, 1, '/1/2/', '乙', 'department')]);
    const plan = planOrganizationImport(rows(csv('a,,甲,government,', 'b,a,乙,department,', 'c,b,丙,department,')), tree, null);
    expect(plan.problems).toEqual([]);
    expect(plan.steps.map((s) => s.existing?.id ?? null)).toEqual([1, 2, null]);
  });

  it('places parentless rows under the given organisation', () => {
    const tree = new OrganizationTree([existing(1, null, '/1/', '市'), existing(2, 1, '/1/2/', '甲')]);
    const plan = planOrganizationImport(rows(csv('a,,甲,government,')), tree, tree.get(1) ?? null);
    expect(plan.steps[0]?.existing?.id).toBe(2);
  });

  it('refuses a match whose kind or division code differs', () => {
    const tree = new OrganizationTree([existing(1, null, '/1/', '甲'), existing(2, null, '/2/', '乙')]);
    const plan = planOrganizationImport(rows(csv('a,,甲,department,', 'b,,乙,government,369922')), tree, null);
    expect(plan.problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('reading and matching together', () => {
  it('does not report the children of a rejected row a second time', () => {
    const parsed = parseOrganizationCsv(csv('a,,甲,bureau,', 'b,a,乙,department,', 'c,zz,丙,department,'));
    const plan = planOrganizationImport(parsed.rows, new OrganizationTree([]), null, parsed.rejectedKeys);
    expect([...parsed.problems, ...plan.problems].map((p) => p.line)).toEqual([2, 4]);
  });
});
