import { describe, expect, it } from 'vitest';
import type { Organization } from './organization.ts';
import { OrganizationTree } from './organization-tree.ts';

const org = (id: number, parentPath: string | null, name: string): Organization => ({
  id,
  parentId: parentPath === null ? null : Number(parentPath.split('/').filter(Boolean).pop()),
  name,
  kind: 'department',
  divisionCode: null,
  path: `${parentPath ?? '/'}${id}/`,
  createdAt: '2026-01-01T00:00:00.000Z',
});

// 1 江州市 ─ 2 青山县 ─ 4 信访局
//        │          └ 5 住建局
//        └ 3 信访局
// 10 other root ─ 11 青山县
const tree = new OrganizationTree([
  org(5, '/1/2/', '住建局'), org(1, null, '江州市'), org(2, '/1/', '青山县'), org(3, '/1/', '信访局'),
  org(4, '/1/2/', '信访局'), org(10, null, '他市'), org(11, '/10/', '青山县'),
]);

describe('OrganizationTree', () => {
  it('lists depth first, parents before children, siblings by id', () => {
    expect(tree.all().map((o) => o.id)).toEqual([1, 2, 4, 5, 3, 10, 11]);
    expect(tree.roots().map((o) => o.id)).toEqual([1, 10]);
  });

  it('answers subtree questions, including the organisation itself', () => {
    expect(tree.isWithin(4, 1)).toBe(true);
    expect(tree.isWithin(4, 4)).toBe(true);
    expect(tree.isWithin(1, 4)).toBe(false);
    expect(tree.isWithin(11, 1)).toBe(false);
    expect(tree.isWithin(99, 1)).toBe(false);
  });

  it('does not confuse an id with another that shares its digits', () => {
    const t = new OrganizationTree([org(1, null, 'a'), org(12, null, 'b'), org(13, '/1/', 'c')]);
    expect(t.isWithin(12, 1)).toBe(false);
    expect(t.isWithin(13, 1)).toBe(true);
  });

  it('gives parent, children and ancestry', () => {
    expect(tree.parentOf(4)?.id).toBe(2);
    expect(tree.parentOf(1)).toBeNull();
    expect(tree.children(2).map((o) => o.id)).toEqual([4, 5]);
    expect(tree.ancestry(5).map((o) => o.name)).toEqual(['江州市', '青山县', '住建局']);
  });

  it('looks organisations up by id, name path or unique name', () => {
    expect(tree.lookup('4').map((o) => o.id)).toEqual([4]);
    expect(tree.lookup('江州市/青山县/信访局').map((o) => o.id)).toEqual([4]);
    expect(tree.lookup(' 江州市 / 信访局 ').map((o) => o.id)).toEqual([3]);
    expect(tree.lookup('住建局').map((o) => o.id)).toEqual([5]);
    expect(tree.lookup('青山县').map((o) => o.id)).toEqual([2, 11]);
    expect(tree.lookup('江州市/无此局')).toEqual([]);
    expect(tree.lookup('999')).toEqual([]);
  });
});
