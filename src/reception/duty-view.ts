// Reading the duty roster: a month of an office, the gaps of the coming weeks, one shift's swaps,
// and who may be put on a duty.
import type { Actor } from '../accounts/actor.ts';
import { getWorkingCalendar } from '../calendar/calendar.service.ts';
import { type HolidayName, addDays, toLocalDate } from '../calendar/index.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { Organization } from '../organizations/organization.ts';
import type { OrganizationTree } from '../organizations/organization-tree.ts';
import type { AppContext } from '../platform/context.ts';
import { notFound } from '../platform/errors.ts';
import { officeById } from './duty-edit.ts';
import { type DayKind, type Duty, type Gap, coverage, dayInfo, daysFrom, findGaps, monthDays } from './duty-roster.ts';
import { assertCanViewRoster, canEditRoster, canViewRoster } from './duty.policy.ts';
import { type ShiftRow, type SwapRow, candidateIds, liveShift, liveShifts, peopleByIds, swapsOf } from './duty.repository.ts';

export interface OnDuty {
  shiftId: number;
  userId: number;
  displayName: string;
  organizationName: string;
  swaps: number;
}

export interface DutyCell {
  people: OnDuty[];
  /** When the office has nobody of its own, the ancestor office whose people cover the day. */
  coveredBy: { organizationId: number; organizationName: string; people: string[] } | null;
  gap: boolean;
}

export interface RosterDay {
  day: string;
  kind: DayKind;
  holiday: HolidayName | null;
  reception: DutyCell;
  onCall: DutyCell;
}

/** The office first, then each ancestor up to the root: the order whoIsOnDuty looks in. */
const upwards = (tree: OrganizationTree, office: Organization) => tree.ancestry(office.id).reverse().map((o) => o.id);

const orgName = (tree: OrganizationTree, id: number) => tree.get(id)?.name ?? '';

function cell(tree: OrganizationTree, shifts: readonly ShiftRow[], ancestry: readonly number[], office: Organization, day: string, duty: Duty): DutyCell {
  const own = shifts.filter((s) => s.organizationId === office.id && s.day === day && s.duty === duty);
  const live = shifts.filter((s) => !s.disabled);
  const cover = coverage(live, ancestry, day, duty);
  const inherited = cover.fromOrgId !== null && cover.fromOrgId !== office.id;
  return {
    people: own.map((s) => ({ shiftId: s.id, userId: s.userId, displayName: s.disabled ? `${s.displayName}（已停用）` : s.displayName, organizationName: orgName(tree, s.userOrgId), swaps: s.swaps })),
    coveredBy: inherited && cover.fromOrgId !== null
      ? { organizationId: cover.fromOrgId, organizationName: orgName(tree, cover.fromOrgId), people: live.filter((s) => s.organizationId === cover.fromOrgId && s.day === day && s.duty === duty).map((s) => s.displayName) }
      : null,
    gap: cover.userIds.length === 0,
  };
}

export async function rosterMonth(ctx: AppContext, actor: Actor, organizationId: number, month: string) {
  const days = monthDays(month);
  const office = await officeById(ctx, organizationId);
  assertCanViewRoster(actor, office.path);
  const tree = await getOrganizationDirectory(ctx).tree();
  const ancestry = upwards(tree, office);
  const [calendar, shifts] = await Promise.all([
    getWorkingCalendar(ctx),
    liveShifts(ctx.database.db, ancestry, days[0] as string, days.at(-1) as string),
  ]);
  const rosterDays: RosterDay[] = days.map((day) => {
    const info = dayInfo(calendar, day);
    return { ...info, reception: cell(tree, shifts, ancestry, office, day, 'reception'), onCall: cell(tree, shifts, ancestry, office, day, 'onCall') };
  });
  return { organizationId: office.id, organizationName: office.name, month, today: toLocalDate(ctx.clock.now()), canEdit: canEditRoster(actor, office.path), days: rosterDays };
}

export const DEFAULT_GAP_WEEKS = 4;

export interface OfficeGaps {
  organizationId: number;
  organizationName: string;
  organizationPath: string;
  gaps: Gap[];
}

/** The gaps of each office from today through the coming `weeks` weeks. */
export async function gapsOfOffices(ctx: AppContext, offices: readonly Organization[], weeks: number): Promise<{ from: string; to: string; offices: OfficeGaps[] }> {
  const from = toLocalDate(ctx.clock.now());
  const to = addDays(from, weeks * 7 - 1);
  const tree = await getOrganizationDirectory(ctx).tree();
  const calendar = await getWorkingCalendar(ctx);
  const ancestries = new Map(offices.map((o) => [o.id, upwards(tree, o)]));
  const allIds = [...new Set([...ancestries.values()].flat())];
  const shifts = (await liveShifts(ctx.database.db, allIds, from, to)).filter((s) => !s.disabled);
  const days = daysFrom(from, to);
  return {
    from,
    to,
    offices: offices.map((o) => ({ organizationId: o.id, organizationName: o.name, organizationPath: o.path, gaps: findGaps(calendar, days, shifts, ancestries.get(o.id) ?? [o.id]) })),
  };
}

/** The petition offices whose roster the caller may see, and whether they may edit it. */
export async function visibleOffices(ctx: AppContext, actor: Actor): Promise<{ office: Organization; canEdit: boolean }[]> {
  const tree = await getOrganizationDirectory(ctx).tree();
  return tree
    .all()
    .filter((o) => o.kind === 'petitionOffice' && canViewRoster(actor, o.path))
    .map((office) => ({ office, canEdit: canEditRoster(actor, office.path) }));
}

export async function gapsFor(ctx: AppContext, actor: Actor, input: { organizationId?: number | undefined; weeks: number }) {
  let offices: Organization[];
  if (input.organizationId !== undefined) {
    const office = await officeById(ctx, input.organizationId);
    assertCanViewRoster(actor, office.path);
    offices = [office];
  } else offices = (await visibleOffices(ctx, actor)).map((v) => v.office);
  const result = await gapsOfOffices(ctx, offices, input.weeks);
  return { from: result.from, to: result.to, offices: result.offices.filter((o) => o.gaps.length > 0).map(({ organizationPath: _, ...rest }) => rest) };
}

export async function shiftDetail(ctx: AppContext, actor: Actor, shiftId: number): Promise<{ shift: ShiftRow; office: Organization; swaps: SwapRow[]; userOrgName: string }> {
  const shift = await liveShift(ctx.database.db, shiftId);
  if (!shift) throw notFound({ zh: '值班安排', en: 'Duty assignment' });
  const office = await officeById(ctx, shift.organizationId);
  assertCanViewRoster(actor, office.path);
  const tree = await getOrganizationDirectory(ctx).tree();
  return { shift, office, swaps: await swapsOf(ctx.database.db, shift.id), userOrgName: orgName(tree, shift.userOrgId) };
}

export async function candidatesFor(ctx: AppContext, actor: Actor, organizationId: number, duty: Duty) {
  const office = await officeById(ctx, organizationId);
  assertCanViewRoster(actor, office.path);
  const tree = await getOrganizationDirectory(ctx).tree();
  const people = await peopleByIds(ctx.database.db, await candidateIds(ctx.database.db, office.path, duty));
  return [...people.values()]
    .map((p) => ({ id: p.id, displayName: p.displayName, organizationName: orgName(tree, p.organizationId), leader: p.leaderOn.length > 0 }))
    .sort((a, b) => a.id - b.id);
}
