import { type Organization, isWithinPath } from './organization.ts';

/**
 * An immutable snapshot of every organisation, indexed for the questions asked on each request:
 * where is it, who is its parent, is it inside that subtree, what is under it. Synchronous — take
 * one from the directory before a transaction and ask it as often as needed.
 */
export class OrganizationTree {
  private readonly byId = new Map<number, Organization>();
  private readonly childrenOf = new Map<number | null, Organization[]>();

  constructor(organizations: readonly Organization[]) {
    const sorted = [...organizations].sort((a, b) => a.id - b.id);
    for (const org of sorted) {
      this.byId.set(org.id, org);
      const siblings = this.childrenOf.get(org.parentId) ?? [];
      siblings.push(org);
      this.childrenOf.set(org.parentId, siblings);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: number): Organization | undefined {
    return this.byId.get(id);
  }

  parentOf(id: number): Organization | null {
    const parentId = this.byId.get(id)?.parentId;
    return parentId == null ? null : (this.byId.get(parentId) ?? null);
  }

  /** True when `id` is `ancestorId` itself or anywhere below it; false when either is unknown. */
  isWithin(id: number, ancestorId: number): boolean {
    const org = this.byId.get(id);
    const ancestor = this.byId.get(ancestorId);
    return !!org && !!ancestor && isWithinPath(org.path, ancestor.path);
  }

  children(id: number | null): Organization[] {
    return [...(this.childrenOf.get(id) ?? [])];
  }

  roots(): Organization[] {
    return this.children(null);
  }

  /** From the root down to the organisation itself. */
  ancestry(id: number): Organization[] {
    const org = this.byId.get(id);
    if (!org) return [];
    return org.path
      .split('/')
      .filter((part) => part !== '')
      .map((part) => this.byId.get(Number(part)))
      .filter((o): o is Organization => o !== undefined);
  }

  /** Every organisation, depth first, parents before children, siblings in creation order. */
  all(): Organization[] {
    const out: Organization[] = [];
    const visit = (parentId: number | null) => {
      for (const org of this.childrenOf.get(parentId) ?? []) {
        out.push(org);
        visit(org.id);
      }
    };
    visit(null);
    return out;
  }

  childNamed(parentId: number | null, name: string): Organization | undefined {
    return this.childrenOf.get(parentId)?.find((o) => o.name === name);
  }

  /**
   * Organisations a person means by `reference`: an id ('12'), a path of names from a root
   * ('江州市/青山县/青山县信访局'), or a single name found anywhere. Several matches mean ambiguity.
   */
  lookup(reference: string): Organization[] {
    const ref = reference.trim();
    if (/^\d+$/.test(ref)) {
      const org = this.byId.get(Number(ref));
      return org ? [org] : [];
    }
    const names = ref.split('/').map((n) => n.trim()).filter((n) => n !== '');
    if (names.length === 0) return [];
    if (names.length === 1) return [...this.byId.values()].filter((o) => o.name === names[0]);
    let current: Organization | undefined;
    for (const name of names) {
      current = this.childNamed(current?.id ?? null, name);
      if (!current) return [];
    }
    return current ? [current] : [];
  }
}
