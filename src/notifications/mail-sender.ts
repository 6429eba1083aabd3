import nodemailer, { type Transporter } from 'nodemailer';
import type { AppContext } from '../platform/context.ts';
import { decrypt } from '../platform/crypto.ts';

/** After this many failed attempts a message stays `failed` for an operator to look at. */
export const MAX_ATTEMPTS = 8;
/** A message claimed longer ago than this was left by a sender that stopped mid-way: try again. */
const STALE_CLAIM_MS = 10 * 60_000;

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

/**
 * Sends queued e-mail. Each message is claimed by a conditional update before it is sent, so two
 * processes (a request and the sweep) never send the same message twice. Without SMTP_URL nothing
 * is sent and the messages wait. Returns how many went out.
 */
export async function deliverPendingMail(ctx: Pick<AppContext, 'database' | 'keys' | 'config' | 'clock' | 'logger'>, limit = 100): Promise<number> {
  const url = ctx.config.smtpUrl;
  if (!url) return 0;
  const db = ctx.database.db;
  const now = ctx.clock.now();
  const stale = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['id', 'to_sealed', 'subject', 'body', 'attempts', 'status'])
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'failed'), eb('attempts', '<', MAX_ATTEMPTS)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', stale), eb('attempts', '<', MAX_ATTEMPTS)]),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  let sent = 0;
  for (const row of rows) {
    const claimed = await db
      .updateTable('mail_outbox')
      .set({ status: 'sending', attempts: Number(row.attempts) + 1, claimed_at: now.toISOString() })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .where('attempts', '=', row.attempts)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    try {
      await transportFor(url).sendMail({ from: ctx.config.mailFrom, to: decrypt(row.to_sealed, ctx.keys), subject: row.subject, text: row.body });
      await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: ctx.clock.now().toISOString(), last_error: null }).where('id', '=', row.id).execute();
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.logger.warn({ mailId: row.id, err: message }, 'e-mail not sent; will retry');
      await db.updateTable('mail_outbox').set({ status: 'failed', last_error: message.slice(0, 500) }).where('id', '=', row.id).execute();
    }
  }
  return sent;
}

/** For use cases after their commit: mail is a courtesy on top of the workbench notice, never a reason to fail. */
export function sendMailSoon(ctx: Pick<AppContext, 'database' | 'keys' | 'config' | 'clock' | 'logger'>): Promise<void> {
  return deliverPendingMail(ctx).then(
    () => undefined,
    (error: unknown) => ctx.logger.warn({ err: error }, 'mail delivery failed'),
  );
}
