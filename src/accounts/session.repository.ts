import type { Kysely } from 'kysely';
import type { DB } from '../platform/database/schema.ts';

type Executor = Kysely<DB>;

// Sessions are stored by the keyed hash of their token: a copy of the table opens no session.
export interface SessionRecord {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export async function insertSession(db: Executor, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session if it exists and has not expired at `now` (ISO instants compare as text). */
export async function findLiveSession(db: Executor, tokenHash: string, now: string): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return { tokenHash: row.token_hash, userId: Number(row.user_id), csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at };
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Signs the user out everywhere, except (optionally) the session making the request. */
export async function deleteSessionsOfUser(db: Executor, userId: number, except?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) query = query.where('token_hash', '<>', except);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
