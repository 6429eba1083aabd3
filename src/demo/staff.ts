/**
 * Staff of the demo county: a few people per organisation, with roles from DOMAIN.md §1.
 * Generated from a fixed seed, so the list is the same on every run.
 */
import type { DemoOrg } from './county.ts';
import { randomName } from './identity.ts';
import { createRandom } from './random.ts';

export type DemoRole = 'clerk' | 'handler' | 'approver' | 'supervisor' | 'leader' | 'auditor' | 'admin';

export interface DemoStaff {
  /** Pinyin-like ASCII login, e.g. 'zhang.wei.zjj'. */
  username: string;
  name: string;
  orgKey: string;
  /** Roles granted on `orgKey` and its subtree. */
  roles: DemoRole[];
  title: string;
}

/** [roles, job title] per person, by kind of organisation. */
const crews: Record<DemoOrg['kind'], readonly (readonly [DemoRole[], string])[]> = {
  // The approver reviews (复查) the decisions of the bodies below; the clerk records paper requests.
  government: [[['leader'], '副县长'], [['supervisor'], '督查室主任'], [['approver'], '政府办公室副主任'], [['clerk'], '政府办信访专干']],
  petitionOffice: [
    [['clerk'], '登记员'], [['clerk'], '接待员'], [['handler'], '科员'], [['approver'], '副局长'],
    [['supervisor'], '督查科科长'], [['leader'], '局长'], [['auditor'], '法制审核员'], [['admin'], '系统管理员'],
  ],
  department: [[['clerk'], '信访专干'], [['handler'], '科员'], [['handler'], '股长'], [['approver'], '分管副局长']],
  township: [[['leader'], '镇长'], [['approver'], '分管副镇长']],
  discipline: [[['clerk'], '信访室干部'], [['handler'], '审查调查干部'], [['approver'], '信访室主任'], [['auditor'], '案件审理室干部']],
  enterprise: [[['clerk'], '客服专员'], [['handler'], '客服主管'], [['approver'], '副总经理']],
};

/** Job titles that differ by level, and the smaller crews of township and city offices. */
function crewFor(org: DemoOrg): readonly (readonly [DemoRole[], string])[] {
  if (org.kind === 'petitionOffice' && org.key.endsWith('.xfb')) {
    return [[['clerk'], '信访专干'], [['handler'], '综治信访干部'], [['approver'], '信访办主任']];
  }
  if (org.kind === 'petitionOffice' && org.key.startsWith('jzs')) {
    return [[['clerk'], '登记员'], [['handler'], '科员'], [['supervisor'], '督查科科长'], [['leader'], '局长']];
  }
  if (org.kind === 'government' && org.parentKey === null) {
    return [[['leader'], '副市长'], [['supervisor'], '市政府督查室主任'], [['approver'], '市政府办公室副主任'], [['clerk'], '市政府办信访专干']];
  }
  if (org.kind === 'township') {
    const xiang = org.name.includes('乡');
    return [[['leader'], xiang ? '乡长' : '镇长'], [['supervisor'], '党政办主任'], [['approver'], xiang ? '分管副乡长' : '分管副镇长']];
  }
  return crews[org.kind];
}

/** The last part of the key, prefixed by its parent part where that alone is ambiguous. */
function suffixOf(org: DemoOrg): string {
  const parts = org.key.split('.');
  const last = parts[parts.length - 1] as string;
  if (parts.length === 1) return last;
  if (last === 'xfb' || last === 'xfj') return parts.slice(-2).join('');
  return last;
}

/** A few staff for every organisation, the same for the same orgs and seed. */
export function buildDemoStaff(orgs: readonly DemoOrg[], seed = 20250101): DemoStaff[] {
  const rng = createRandom(seed);
  const staff: DemoStaff[] = [];
  const taken = new Set<string>();
  for (const org of orgs) {
    for (const [roles, title] of crewFor(org)) {
      const person = randomName(rng);
      let username = `${person.ascii}.${suffixOf(org)}`;
      for (let n = 2; taken.has(username); n++) username = `${person.ascii}${n}.${suffixOf(org)}`;
      taken.add(username);
      staff.push({ username, name: person.name, orgKey: org.key, roles: [...roles], title });
    }
  }
  return staff;
}
