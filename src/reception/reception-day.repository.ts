import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DialectName } from '../platform/database/database.ts';
import type { AppointmentTable, DB, ReceptionDayTable } from '../platform/database/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type DayRow = Selectable<ReceptionDayTable>;
export type AppointmentRow = Selectable<AppointmentTable>;

export const findDay = (db: Db, id: number): Promise<DayRow | undefined> => db.selectFrom('reception_days').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * The day, locked for the rest of the transaction on PostgreSQL so that bookings and changes of
 * one day run one after another; SQLite has a single writer, which serialises them already.
 */
export const lockDay = (trx: Transaction<DB>, dialect: DialectName, id: number): Promise<DayRow | undefined> =>
  trx
    .selectFrom('reception_days')
    .selectAll()
    .where('id', '=', id)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();

/** Places taken per day and slot: bookings not cancelled, on a slot that still exists. */
export async function placesTaken(db: Db, dayIds: readonly number[]): Promise<Map<number, Map<string, number>>> {
  const taken = new Map<number, Map<string, number>>();
  if (dayIds.length === 0) return taken;
  const rows = await db
    .selectFrom('appointments')
    .select(['reception_day_id', 'slot_starts_at', (eb) => eb.fn.countAll<number>().as('n')])
    .where('reception_day_id', 'in', [...dayIds])
    .where('status', '!=', 'cancelled')
    .where('needs_new_time', '=', 0)
    .groupBy(['reception_day_id', 'slot_starts_at'])
    .execute();
  for (const r of rows) {
    const day = Number(r.reception_day_id);
    const slots = taken.get(day) ?? new Map<string, number>();
    slots.set(r.slot_starts_at, Number(r.n));
    taken.set(day, slots);
  }
  return taken;
}

/** Bookings whose slot a change removed, per day. */
export async function waitingForNewTime(db: Db, dayIds: readonly number[]): Promise<Map<number, number>> {
  if (dayIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('appointments')
    .select(['reception_day_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('reception_day_id', 'in', [...dayIds])
    .where('status', '=', 'booked')
    .where('needs_new_time', '=', 1)
    .groupBy('reception_day_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.reception_day_id), Number(r.n)]));
}

export interface DayFilter {
  from: string;
  to: string;
  /** Materialised paths whose subtrees may be listed; undefined = every organisation. */
  orgPaths?: readonly string[] | undefined;
}

export async function listDays(db: Db, filter: DayFilter): Promise<DayRow[]> {
  if (filter.orgPaths && filter.orgPaths.length === 0) return [];
  const paths = filter.orgPaths;
  return db
    .selectFrom('reception_days')
    .innerJoin('organizations', 'organizations.id', 'reception_days.organization_id')
    .selectAll('reception_days')
    .where('reception_days.day', '>=', filter.from)
    .where('reception_days.day', '<=', filter.to)
    .$if(paths !== undefined, (q) => q.where((eb) => eb.or((paths ?? []).map((p) => eb('organizations.path', 'like', `${p}%`)))))
    .orderBy('reception_days.day')
    .orderBy('reception_days.starts_at')
    .orderBy('reception_days.id')
    .limit(500)
    .execute();
}

export const listAppointments = (db: Db, dayId: number): Promise<AppointmentRow[]> =>
  db.selectFrom('appointments').selectAll().where('reception_day_id', '=', dayId).orderBy('slot_starts_at').orderBy('id').execute();

export const findAppointment = (db: Db, id: number): Promise<AppointmentRow | undefined> => db.selectFrom('appointments').selectAll().where('id', '=', id).executeTakeFirst();

export const findAppointmentByNumber = (db: Db, bookingNo: string): Promise<AppointmentRow | undefined> =>
  db.selectFrom('appointments').selectAll().where('booking_no', '=', bookingNo).executeTakeFirst();
