import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, UserTable } from '../platform/database/schema.ts';

type Executor = Kysely<DB>;

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  organizationId: number;
  passwordHash: string;
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: string;
  /** For notifications by e-mail; personal data, shown only to the user and their administrators. */
  email: string | null;
}

const toUser = (row: Selectable<UserTable>): UserRecord => ({
  id: Number(row.id),
  username: row.username,
  displayName: row.display_name,
  organizationId: Number(row.organization_id),
  passwordHash: row.password_hash,
  mustChangePassword: row.must_change_password === 1,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  email: row.email ?? null,
});

export async function insertUser(db: Executor, user: Omit<UserRecord, 'id' | 'disabled' | 'email'> & { email?: string | null | undefined }): Promise<UserRecord> {
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      organization_id: user.organizationId,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword ? 1 : 0,
      disabled: 0,
      created_at: user.createdAt,
      email: user.email ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserById(db: Executor, id: number): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface UserQuery {
  /** Users of organisations under any of these paths. */
  withinPaths: string[];
  /** Matches username or display name. */
  text?: string | undefined;
  limit: number;
  offset: number;
}

export async function findUsers(db: Executor, query: UserQuery): Promise<{ users: UserRecord[]; total: number }> {
  if (query.withinPaths.length === 0) return { users: [], total: 0 };
  let base = db
    .selectFrom('users')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .where((eb) => eb.or(query.withinPaths.map((p) => eb('organizations.path', 'like', `${p}%`))));
  if (query.text) {
    // Case-insensitive on both dialects; the escape clause keeps % and _ literal.
    const like = `%${query.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const matches = (column: 'users.username' | 'users.display_name') => sql<boolean>`lower(${sql.ref(column)}) like ${like} escape '\\'`;
    base = base.where((eb) => eb.or([matches('users.username'), matches('users.display_name')]));
  }
  const [rows, count] = await Promise.all([
    base.selectAll('users').orderBy('users.id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { users: rows.map(toUser), total: Number(count.n) };
}

export async function updatePassword(db: Executor, userId: number, passwordHash: string, mustChange: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}

export async function updateEmail(db: Executor, userId: number, email: string | null): Promise<void> {
  await db.updateTable('users').set({ email }).where('id', '=', userId).execute();
}

/** Unique-constraint violations of both dialects (SQLite's message, PostgreSQL's SQLSTATE). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof e?.message === 'string' && e.message.includes('UNIQUE constraint failed'));
}
