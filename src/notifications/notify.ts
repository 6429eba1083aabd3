// Telling staff (in the workbench, and by e-mail when they gave an address) and petitioners (by
// e-mail only) that something needs them. Rows are written in the caller's transaction, so a
// notification exists exactly when the fact it announces was committed; mail goes out after the
// commit (deliverPendingMail) and is retried by the sweep until the SMTP server takes it.
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../platform/context.ts';
import { encrypt } from '../platform/crypto.ts';
import type { DB } from '../platform/database/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface Notice {
  /** A stable name of what happened, e.g. 'groupVisitArrived', 'rosterGap'. */
  kind: string;
  /** In Chinese, the workbench's first language; e-mail goes out in Chinese. */
  title: string;
  body: string;
  /** The same in English, shown to staff who use the workbench in English. */
  en?: { title: string; body: string } | undefined;
  /** A workbench path, e.g. '/reception/group-visits/12'. */
  link?: string | undefined;
  /** Notify each person of the same fact once: a repeated sweep adds nothing. */
  dedupeKey?: string | undefined;
}

/** Adds the notice to each user's workbench list and queues an e-mail to those with an address. */
export async function notifyUsers(trx: Db, ctx: Pick<AppContext, 'keys' | 'clock' | 'config'>, userIds: readonly number[], notice: Notice): Promise<number[]> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return [];
  const now = ctx.clock.now().toISOString();
  const inserted = await trx
    .insertInto('notifications')
    .values(ids.map((userId) => ({
      user_id: userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      title_en: notice.en?.title ?? null,
      body_en: notice.en?.body ?? null,
      link: notice.link ?? null,
      dedupe_key: notice.dedupeKey ?? null,
      created_at: now,
    })))
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .returning('user_id')
    .execute();
  const fresh = inserted.map((r) => Number(r.user_id));
  if (fresh.length === 0) return [];
  const withMail = await trx.selectFrom('users').select(['email']).where('id', 'in', fresh).where('email', 'is not', null).where('disabled', '=', 0).execute();
  const link = notice.link && ctx.config.publicUrl ? `\n\n${new URL(notice.link, ctx.config.publicUrl).href}` : '';
  for (const { email } of withMail) if (email) await queueMail(trx, ctx, email, notice.title, `${notice.body}${link}`);
  return fresh;
}

/** Queues one e-mail; the address is sealed like every other piece of personal data. */
export async function queueMail(trx: Db, ctx: Pick<AppContext, 'keys' | 'clock'>, to: string, subject: string, body: string): Promise<void> {
  await trx
    .insertInto('mail_outbox')
    .values({ to_sealed: encrypt(to, ctx.keys), subject, body, status: 'pending', created_at: ctx.clock.now().toISOString() })
    .execute();
}
