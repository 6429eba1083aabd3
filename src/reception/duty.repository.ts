// SQL of the duty roster: shifts in force, their swaps, and the people who may be put on duty.
import { LEADING_ROLES } from './duty.policy.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../accounts/actor.ts';
import type { DB } from '../platform/database/schema.ts';
import type { Duty } from './duty-roster.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface ShiftRow {
  id: number;
  organizationId: number;
  day: string;
  duty: Duty;
  userId: number;
  displayName: string;
  userOrgId: number;
  disabled: boolean;
  swaps: number;
}

const shiftColumns = [
  'duty_shifts.id',
  'duty_shifts.organization_id',
  'duty_shifts.day',
  'duty_shifts.duty',
  'duty_shifts.user_id',
  'users.display_name',
  'users.organization_id as user_org_id',
  'users.disabled',
] as const;

function baseShifts(db: Db) {
  return db
    .selectFrom('duty_shifts')
    .innerJoin('users', 'users.id', 'duty_shifts.user_id')
    .select(shiftColumns)
    .select((eb) => eb.selectFrom('duty_swaps').select((s) => s.fn.countAll<number>().as('n')).whereRef('duty_swaps.shift_id', '=', 'duty_shifts.id').as('swaps'))
    .where('duty_shifts.removed_at', 'is', null);
}

type Row = { id: number; organization_id: number; day: string; duty: string; user_id: number; display_name: string; user_org_id: number; disabled: number; swaps: number | string | null };

const toShift = (r: Row): ShiftRow => ({
  id: Number(r.id),
  organizationId: Number(r.organization_id),
  day: r.day,
  duty: r.duty as Duty,
  userId: Number(r.user_id),
  displayName: r.display_name,
  userOrgId: Number(r.user_org_id),
  disabled: Number(r.disabled) === 1,
  swaps: Number(r.swaps ?? 0),
});

/** Shifts in force at these organisations between two days (both included), in a stable order. */
export async function liveShifts(db: Db, orgIds: readonly number[], from: string, to: string): Promise<ShiftRow[]> {
  if (orgIds.length === 0) return [];
  const rows = await baseShifts(db)
    .where('duty_shifts.organization_id', 'in', [...orgIds])
    .where('duty_shifts.day', '>=', from)
    .where('duty_shifts.day', '<=', to)
    .orderBy('duty_shifts.day')
    .orderBy('duty_shifts.duty')
    .orderBy('duty_shifts.id')
    .execute();
  return rows.map(toShift);
}

export async function liveShift(db: Db, id: number): Promise<ShiftRow | undefined> {
  const row = await baseShifts(db).where('duty_shifts.id', '=', id).executeTakeFirst();
  return row ? toShift(row) : undefined;
}

export interface SwapRow {
  id: number;
  fromUserId: number;
  fromName: string;
  toUserId: number;
  toName: string;
  reason: string;
  swappedBy: number;
  swappedByName: string;
  swappedAt: string;
}

export async function swapsOf(db: Db, shiftId: number): Promise<SwapRow[]> {
  const rows = await db
    .selectFrom('duty_swaps as s')
    .innerJoin('users as f', 'f.id', 's.from_user_id')
    .innerJoin('users as t', 't.id', 's.to_user_id')
    .innerJoin('users as b', 'b.id', 's.swapped_by')
    .select(['s.id', 's.from_user_id', 'f.display_name as from_name', 's.to_user_id', 't.display_name as to_name', 's.reason', 's.swapped_by', 'b.display_name as by_name', 's.swapped_at'])
    .where('s.shift_id', '=', shiftId)
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    fromUserId: Number(r.from_user_id),
    fromName: r.from_name,
    toUserId: Number(r.to_user_id),
    toName: r.to_name,
    reason: r.reason,
    swappedBy: Number(r.swapped_by),
    swappedByName: r.by_name,
    swappedAt: r.swapped_at,
  }));
}

export interface PersonRow {
  id: number;
  displayName: string;
  organizationId: number;
  orgPath: string;
  disabled: boolean;
  leaderOn: string[];
}

/** Users by id, with their organisation's path and where they hold the leader role. */
export async function peopleByIds(db: Db, ids: readonly number[]): Promise<Map<number, PersonRow>> {
  if (ids.length === 0) return new Map();
  const [users, leaders] = await Promise.all([
    db
      .selectFrom('users')
      .innerJoin('organizations', 'organizations.id', 'users.organization_id')
      .select(['users.id', 'users.display_name', 'users.organization_id', 'organizations.path', 'users.disabled'])
      .where('users.id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('role_grants')
      .innerJoin('organizations', 'organizations.id', 'role_grants.organization_id')
      .select(['role_grants.user_id', 'organizations.path'])
      .where('role_grants.user_id', 'in', [...ids])
      .where('role_grants.role', 'in', [...LEADING_ROLES])
      .execute(),
  ]);
  return new Map(
    users.map((u) => [
      Number(u.id),
      {
        id: Number(u.id),
        displayName: u.display_name,
        organizationId: Number(u.organization_id),
        orgPath: u.path,
        disabled: Number(u.disabled) === 1,
        leaderOn: leaders.filter((l) => Number(l.user_id) === Number(u.id)).map((l) => l.path),
      },
    ]),
  );
}

/** Enabled users of the office's subtree, and (for on-call) enabled leaders whose grant covers it. */
export async function candidateIds(db: Db, officePath: string, duty: Duty): Promise<number[]> {
  if (duty === 'onCall') {
    // Those who lead the office or a body above it.
    const ancestors = officePath.split('/').filter(Boolean).map(Number);
    const leaders = await db
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .select('users.id')
      .distinct()
      .where('role_grants.role', 'in', [...LEADING_ROLES])
      .where('role_grants.organization_id', 'in', ancestors)
      .where('users.disabled', '=', 0)
      .orderBy('users.id')
      .execute();
    return leaders.map((l) => Number(l.id));
  }
  const own = await db
    .selectFrom('users')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .select('users.id')
    .where('organizations.path', 'like', `${officePath}%`)
    .where('users.disabled', '=', 0)
    .orderBy('users.id')
    .limit(500)
    .execute();
  return own.map((u) => Number(u.id));
}

/** Enabled holders of these roles anywhere, with the path each grant covers. */
export async function grantsWithRoles(db: Db, roles: readonly Role[]): Promise<{ userId: number; role: Role; orgPath: string }[]> {
  const rows = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .innerJoin('organizations', 'organizations.id', 'role_grants.organization_id')
    .select(['role_grants.user_id', 'role_grants.role', 'organizations.path'])
    .where('role_grants.role', 'in', [...roles])
    .where('users.disabled', '=', 0)
    .execute();
  return rows.map((r) => ({ userId: Number(r.user_id), role: r.role as Role, orgPath: r.path }));
}
