import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPendingMail } from '../src/notifications/mail-sender.ts';
import { queueMail } from '../src/notifications/notify.ts';
import { type TestApp, startTestApp } from './support/app.ts';
import { dialects } from './support/databases.ts';
import { type TestMailServer, startMailServer } from './support/smtp.ts';

// Mail queued with the fact it announces goes out after the commit; a message the SMTP server did
// not take, or one a sender stopped sending half-way, is tried again — never lost, never sent twice.
describe.each(dialects)('the e-mail outbox on %s', (dialect) => {
  let app: TestApp;
  let mail: TestMailServer;
  beforeAll(async () => {
    mail = await startMailServer();
    app = await startTestApp(dialect, { smtpUrl: mail.url });
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });
  const outbox = () => app.ctx.database.db.selectFrom('mail_outbox').select(['id', 'status', 'attempts', 'to_sealed']).orderBy('id').execute();

  it('retries what the server refused, and what a stopped sender left half-way, and sends each once', async () => {
    const { ctx } = app;
    await queueMail(ctx.database.db, ctx, 'a@example.cn', '接访日变更', '改为下午');
    const sealed = (await outbox())[0];
    expect(sealed?.to_sealed).not.toContain('example.cn'); // the address is sealed at rest

    // No server listening: the message fails and waits.
    const down = { ...ctx, config: { ...ctx.config, smtpUrl: 'smtp://127.0.0.1:9' } };
    expect(await deliverPendingMail(down)).toBe(0);
    expect((await outbox())[0]).toMatchObject({ status: 'failed', attempts: 1 });

    // The server is back: it goes out.
    expect(await deliverPendingMail(ctx)).toBe(1);
    await mail.waitFor(1);
    expect(mail.received[0]).toMatchObject({ to: ['a@example.cn'], subject: '接访日变更' });
    expect((await outbox())[0]).toMatchObject({ status: 'sent', attempts: 2 });

    // A message a sender claimed and never finished: left alone while fresh, retried once stale.
    await queueMail(ctx.database.db, ctx, 'b@example.cn', '值班调整', '请查看值班表');
    const second = (await outbox())[1] as { id: number };
    await ctx.database.db.updateTable('mail_outbox').set({ status: 'sending', attempts: 1, claimed_at: ctx.clock.now().toISOString() }).where('id', '=', second.id).execute();
    expect(await deliverPendingMail(ctx)).toBe(0);
    app.clock.set(new Date(ctx.clock.now().getTime() + 11 * 60_000).toISOString());
    expect(await deliverPendingMail(ctx)).toBe(1);
    await mail.waitFor(2);
    expect(mail.received.map((m) => m.subject)).toEqual(['接访日变更', '值班调整']);
    expect(await deliverPendingMail(ctx)).toBe(0);
  });
});
