import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../shared/api.ts';
import type { Organization } from '../types.ts';

export interface OrgTreeNode {
  value: number;
  title: string;
  children: OrgTreeNode[];
}

/** The whole organisation tree, fetched once per session (it changes rarely). */
export function useOrganizations() {
  return useQuery({
    queryKey: ['organizations'],
    queryFn: async () => (await call(api.GET('/api/organizations'))).organizations,
    staleTime: 10 * 60_000,
  });
}

/** Nests the depth-first list by parent for a TreeSelect. */
export function toOrgTree(orgs: readonly Organization[]): OrgTreeNode[] {
  const nodes = new Map<number, OrgTreeNode>(orgs.map((o) => [o.id, { value: o.id, title: o.name, children: [] }]));
  const roots: OrgTreeNode[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id) as OrgTreeNode;
    const parent = o.parentId === null ? undefined : nodes.get(o.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export interface DivisionNode {
  value: string;
  title: string;
  children: DivisionNode[];
}

/**
 * Administrative divisions as the organisation tree knows them: each code once, named after the
 * first (highest) organisation carrying it without the "人民政府" suffix, nested under the nearest
 * ancestor with another code.
 */
export function toDivisionTree(orgs: readonly Organization[]): DivisionNode[] {
  const byCode = new Map<string, DivisionNode>();
  const codeOf = new Map<number, string | null>();
  const roots: DivisionNode[] = [];
  for (const o of orgs) {
    const parentCode = o.parentId === null ? null : (codeOf.get(o.parentId) ?? null);
    const code = o.divisionCode ?? parentCode;
    codeOf.set(o.id, code);
    if (!o.divisionCode || byCode.has(o.divisionCode)) continue;
    const node: DivisionNode = { value: o.divisionCode, title: `${o.name.replace(/人民政府$/, '')} ${o.divisionCode}`, children: [] };
    byCode.set(o.divisionCode, node);
    const parent = parentCode ? byCode.get(parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** "青山县东岭镇 (369922100)" for a division code, from the first organisation that carries it. */
export function divisionLabel(orgs: readonly Organization[] | undefined, code: string | null): string | null {
  if (!code) return null;
  const org = orgs?.find((o) => o.divisionCode === code);
  return org ? `${org.name.replace(/人民政府$/, '')}（${code}）` : code;
}
