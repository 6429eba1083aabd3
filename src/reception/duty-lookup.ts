import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../platform/database/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type Duty = 'reception' | 'onCall';

/**
 * Who is on the given duty at an organisation on a local date: the office's own roster first,
 * then the nearest ancestor's, so that a township office without its own on-call leader still
 * reaches the county's. Disabled users are left out.
 */
export async function whoIsOnDuty(db: Db, orgPath: string, day: string, duty: Duty): Promise<number[]> {
  const ancestors = orgPath.split('/').filter(Boolean).map(Number).reverse();
  if (ancestors.length === 0) return [];
  const rows = await db
    .selectFrom('duty_shifts')
    .innerJoin('users', 'users.id', 'duty_shifts.user_id')
    .select(['duty_shifts.organization_id', 'duty_shifts.user_id'])
    .where('duty_shifts.organization_id', 'in', ancestors)
    .where('duty_shifts.day', '=', day)
    .where('duty_shifts.duty', '=', duty)
    .where('duty_shifts.removed_at', 'is', null)
    .where('users.disabled', '=', 0)
    .execute();
  for (const orgId of ancestors) {
    const here = rows.filter((r) => Number(r.organization_id) === orgId).map((r) => Number(r.user_id));
    if (here.length > 0) return here;
  }
  return [];
}
