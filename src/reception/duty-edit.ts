// Changing the duty roster: assign people to a duty on a day, fill a range by rotation, remove an
// assignment, and swap the person of a shift (recorded with its reason). Each checks everything
// before writing, so a refused request changes nothing.
import type { Actor } from '../accounts/actor.ts';
import { isUniqueViolation } from '../accounts/user.repository.ts';
import { toLocalDate } from '../calendar/index.ts';
import { sendMailSoon } from '../notifications/mail-sender.ts';
import { notifyUsers } from '../notifications/notify.ts';
import { getOrganizationDirectory } from '../organizations/organization-directory.ts';
import type { Organization } from '../organizations/organization.ts';
import type { AppContext } from '../platform/context.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { type Duty, assertNotPast, checkRange, checkReason, daysFrom, dutyLabels, rotation } from './duty-roster.ts';
import { assertAssignable, assertCanEditRoster } from './duty.policy.ts';
import { type ShiftRow, liveShift, liveShifts, peopleByIds } from './duty.repository.ts';

export const alreadyOnDuty = (name: string, day: string) =>
  new AppError('conflict', 'alreadyOnDuty', { zh: `${name}在 ${day} 已在该班次`, en: `${name} is already on this duty on ${day}` });

/** A petition office the caller may edit the roster of. */
export async function editableOffice(ctx: AppContext, actor: Actor, organizationId: number): Promise<Organization> {
  const office = await officeById(ctx, organizationId);
  assertCanEditRoster(actor, office.path);
  return office;
}

export async function officeById(ctx: AppContext, organizationId: number): Promise<Organization> {
  const office = await getOrganizationDirectory(ctx).get(organizationId);
  if (!office) throw notFound({ zh: '组织机构', en: 'Organisation' });
  if (office.kind !== 'petitionOffice') {
    throw new AppError('badRequest', 'notAnOffice', { zh: `${office.name}不是信访部门，没有值班表`, en: `${office.name} is not a petition office and keeps no duty roster` });
  }
  return office;
}

const today = (ctx: AppContext) => toLocalDate(ctx.clock.now());

/** Every named person exists and may do the duty at this office; returns them by id. */
async function checkPeople(ctx: AppContext, office: Organization, duty: Duty, userIds: readonly number[]) {
  const people = await peopleByIds(ctx.database.db, userIds);
  for (const id of userIds) {
    const person = people.get(id);
    if (!person) throw notFound({ zh: `用户 #${id}`, en: `User #${id}` });
    assertAssignable(person, office.path, duty);
  }
  return people;
}

async function insertShifts(ctx: AppContext, actor: Actor, office: Organization, duty: Duty, rows: readonly { day: string; userId: number }[]): Promise<void> {
  const now = ctx.clock.now().toISOString();
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(rows, 200)) {
        await trx
          .insertInto('duty_shifts')
          .values(chunk.map((r) => ({ organization_id: office.id, day: r.day, duty, user_id: r.userId, created_by: actor.userId, created_at: now, updated_at: now })))
          .execute();
      }
    });
  } catch (error) {
    // Two editors adding the same person at once: the second is told, and nothing of its request stays.
    if (isUniqueViolation(error)) throw new AppError('conflict', 'concurrentChange', { zh: '值班表刚被他人修改，请刷新后重试', en: 'The roster was just changed by someone else; reload and try again' });
    throw error;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface AssignInput {
  organizationId: number;
  day: string;
  duty: Duty;
  userIds: number[];
}

/** Puts people on a duty on one day; someone already on it is left as they are. */
export async function assignShifts(ctx: AppContext, actor: Actor, input: AssignInput): Promise<ShiftRow[]> {
  checkRange(input.day, input.day);
  const office = await editableOffice(ctx, actor, input.organizationId);
  assertNotPast(input.day, today(ctx));
  const userIds = [...new Set(input.userIds)];
  await checkPeople(ctx, office, input.duty, userIds);
  const present = (await liveShifts(ctx.database.db, [office.id], input.day, input.day)).filter((s) => s.duty === input.duty).map((s) => s.userId);
  await insertShifts(ctx, actor, office, input.duty, userIds.filter((id) => !present.includes(id)).map((userId) => ({ day: input.day, userId })));
  return (await liveShifts(ctx.database.db, [office.id], input.day, input.day)).filter((s) => s.duty === input.duty);
}

export interface FillInput {
  organizationId: number;
  from: string;
  to: string;
  duty: Duty;
  /** In rotation order; the first takes the first day filled. */
  userIds: number[];
  perDay: number;
  onlyGaps: boolean;
}

/** Fills a range of days from an ordered list of people, one rotation step per day filled. */
export async function fillRange(ctx: AppContext, actor: Actor, input: FillInput): Promise<{ assigned: number; days: number }> {
  checkRange(input.from, input.to);
  const office = await editableOffice(ctx, actor, input.organizationId);
  assertNotPast(input.from, today(ctx));
  await checkPeople(ctx, office, input.duty, [...new Set(input.userIds)]);
  const shifts = (await liveShifts(ctx.database.db, [office.id], input.from, input.to)).filter((s) => s.duty === input.duty);
  const existing = new Map<string, number[]>();
  // A disabled person's shift covers nobody (as whoIsOnDuty sees it), so that day counts as a gap…
  for (const s of shifts) if (!s.disabled) existing.set(s.day, [...(existing.get(s.day) ?? []), s.userId]);
  const planned = rotation({ days: daysFrom(input.from, input.to), userIds: input.userIds, perDay: input.perDay, onlyGaps: input.onlyGaps, existing });
  // …but it still holds its place on the roster, so the same person is not added twice.
  const held = new Set(shifts.map((s) => `${s.day}:${s.userId}`));
  const rows = planned.filter((p) => !held.has(`${p.day}:${p.userId}`));
  await insertShifts(ctx, actor, office, input.duty, rows);
  return { assigned: rows.length, days: new Set(rows.map((r) => r.day)).size };
}

/** Takes an assignment off the roster; the row and its swaps are kept as history. */
export async function removeShift(ctx: AppContext, actor: Actor, shiftId: number): Promise<void> {
  const shift = await liveShift(ctx.database.db, shiftId);
  if (!shift) throw notFound({ zh: '值班安排', en: 'Duty assignment' });
  await editableOffice(ctx, actor, shift.organizationId);
  assertNotPast(shift.day, today(ctx));
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.updateTable('duty_shifts').set({ removed_at: now, removed_by: actor.userId, updated_at: now }).where('id', '=', shiftId).where('removed_at', 'is', null).execute();
}

/**
 * Replaces the person of a shift with another, writing who swapped whom for whom and why. Both
 * people are told in the workbench (and by e-mail when they gave an address).
 */
export async function swapShift(ctx: AppContext, actor: Actor, shiftId: number, input: { toUserId: number; reason: string }): Promise<void> {
  const reason = checkReason(input.reason);
  const shift = await liveShift(ctx.database.db, shiftId);
  if (!shift) throw notFound({ zh: '值班安排', en: 'Duty assignment' });
  const office = await editableOffice(ctx, actor, shift.organizationId);
  assertNotPast(shift.day, today(ctx));
  if (input.toUserId === shift.userId) {
    throw new AppError('badRequest', 'sameUser', { zh: '换班须换成另一人', en: 'A swap must put someone else on the shift' });
  }
  const people = await checkPeople(ctx, office, shift.duty, [input.toUserId]);
  const to = people.get(input.toUserId);
  if (!to) throw notFound({ zh: '用户', en: 'User' });
  const sameDay = await liveShifts(ctx.database.db, [office.id], shift.day, shift.day);
  if (sameDay.some((s) => s.duty === shift.duty && s.userId === to.id)) throw alreadyOnDuty(to.displayName, shift.day);
  const now = ctx.clock.now().toISOString();
  const label = dutyLabels[shift.duty];
  try {
    await ctx.database.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('duty_shifts')
        .set({ user_id: to.id, updated_at: now })
        .where('id', '=', shift.id)
        .where('user_id', '=', shift.userId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new AppError('conflict', 'concurrentChange', { zh: '该班次刚被他人修改，请刷新后重试', en: 'The shift was just changed by someone else; reload and try again' });
      await trx.insertInto('duty_swaps').values({ shift_id: shift.id, from_user_id: shift.userId, to_user_id: to.id, reason, swapped_by: actor.userId, swapped_at: now }).execute();
      const link = `/reception/duty?org=${office.id}&month=${shift.day.slice(0, 7)}`;
      await notifyUsers(trx, ctx, [to.id], {
        kind: 'dutySwap',
        title: `${shift.day} ${label.zh}由您担任`,
        body: `${office.name} ${shift.day} 的${label.zh}由${shift.displayName}换为您。原因：${reason}`,
        en: { title: `You are ${label.en.toLowerCase()} on ${shift.day}`, body: `${office.name}: ${label.en.toLowerCase()} on ${shift.day} passed from ${shift.displayName} to you. Reason: ${reason}` },
        link,
      });
      await notifyUsers(trx, ctx, [shift.userId], {
        kind: 'dutySwap',
        title: `${shift.day} ${label.zh}已换班`,
        body: `${office.name} ${shift.day} 的${label.zh}已由您换为${to.displayName}。原因：${reason}`,
        en: { title: `Your ${label.en.toLowerCase()} on ${shift.day} was swapped`, body: `${office.name}: your ${label.en.toLowerCase()} on ${shift.day} passed to ${to.displayName}. Reason: ${reason}` },
        link,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyOnDuty(to.displayName, shift.day);
    throw error;
  }
  void sendMailSoon(ctx);
}
