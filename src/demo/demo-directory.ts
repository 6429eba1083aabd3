/**
 * The demo county as the petition walker sees it: organisations by key and id, who may act for
 * an organisation, and which organisation a respondent's description names.
 */
import type { Role } from '../accounts/actor.ts';
import type { Random } from './random.ts';
import type { DemoSetting, DirectoryOrg } from './demo-types.ts';

export interface ActingUser {
  userId: number;
  /** The user's own organisation, which events record as the actor's. */
  orgId: number;
}

export class DemoDirectory {
  private readonly byKey = new Map<string, DirectoryOrg>();
  private readonly byId = new Map<number, DirectoryOrg>();
  private readonly staffByOrgRole = new Map<string, ActingUser[]>();
  private readonly prefixes: [string, DirectoryOrg][] = [];
  private readonly actors = new Map<string, ActingUser[]>();

  constructor(setting: Pick<DemoSetting, 'orgs' | 'staff'>) {
    for (const o of setting.orgs) {
      this.byKey.set(o.key, o);
      this.byId.set(o.id, o);
      this.prefixes.push([o.name, o]);
      // Letters name local bodies without the county: '城关镇人民政府副镇长…', '城市管理局执法中队'.
      const short = o.name.replace(/^(青山县|江州市)/, '');
      if (short !== o.name && short.length >= 4 && short !== '人民政府') this.prefixes.push([short, o]);
    }
    this.prefixes.sort((a, b) => b[0].length - a[0].length);
    for (const s of setting.staff) {
      for (const role of s.roles) {
        const key = `${s.orgId}:${role}`;
        const list = this.staffByOrgRole.get(key) ?? [];
        list.push({ userId: s.userId, orgId: s.orgId });
        this.staffByOrgRole.set(key, list);
      }
    }
  }

  org(key: string): DirectoryOrg {
    const org = this.byKey.get(key);
    if (!org) throw new Error(`demo organisation missing from the database: ${key}`);
    return org;
  }

  get(id: number): DirectoryOrg {
    const org = this.byId.get(id);
    if (!org) throw new Error(`unknown organisation id ${id}`);
    return org;
  }

  parentOf(id: number): DirectoryOrg | undefined {
    const parentId = this.get(id).parentId;
    return parentId === null ? undefined : this.byId.get(parentId);
  }

  /** Is `id` the organisation `ancestorId` or inside it (the policy's subtree rule)? */
  within(id: number, ancestorId: number): boolean {
    return this.get(id).path.startsWith(this.get(ancestorId).path);
  }

  /**
   * Someone allowed to take an action on a case held by `orgId`: grants cover a subtree, so the
   * holder's own staff are asked first, then each ancestor's. Null when nobody holds the roles.
   */
  actor(orgId: number, roles: readonly Role[], rng: Random): ActingUser | null {
    const key = `${orgId}:${roles.join(',')}`;
    let found = this.actors.get(key);
    if (found === undefined) {
      found = [];
      for (let org: DirectoryOrg | undefined = this.get(orgId); org && found.length === 0; org = org.parentId === null ? undefined : this.byId.get(org.parentId)) {
        found = roles.flatMap((r) => this.staffByOrgRole.get(`${org?.id}:${r}`) ?? []);
      }
      this.actors.set(key, found);
    }
    return found.length > 0 ? rng.pick(found) : null;
  }

  /** The organisation a respondent's description begins with, if it is one of the county's. */
  respondentOf(text: string): DirectoryOrg | undefined {
    return this.prefixes.find(([prefix]) => text.startsWith(prefix))?.[1];
  }
}
