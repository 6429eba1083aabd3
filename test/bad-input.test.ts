import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { type Client, anonymousClient } from './support/factories.ts';
import { dialects } from './support/databases.ts';

const online = (overrides: Record<string, unknown> = {}) => {
  const { channel: _c, ...rest } = letterPetition();
  return { ...rest, consent: true, ...overrides };
};

// Everything the public can send, sent wrong: each answer is a 4xx with a message, and nothing
// is stored.
describe.each(dialects)('bad input on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let portal: Client;
  let receipt: { receiptNo: string; queryCode: string };

  beforeAll(async () => {
    app = await startTestApp(dialect, { maxUploadBytes: 64 * 1024 });
    app.clock.set('2026-11-02T02:00:00Z');
    c = await buildCounty(app);
    portal = anonymousClient(app.baseUrl);
    const r = await portal.post('/api/public/petitions', online());
    expect(r.status).toBe(201);
    receipt = { receiptNo: r.body.receiptNo, queryCode: r.body.queryCode };
  });
  afterAll(() => app?.close());

  async function counts() {
    const db = app.ctx.database.db;
    const n = async (t: 'petitions' | 'events' | 'attachments' | 'petitioners' | 'documents') =>
      Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { petitions: await n('petitions'), events: await n('events'), attachments: await n('attachments'), petitioners: await n('petitioners'), documents: await n('documents') };
  }

  async function refused(send: () => Promise<{ status: number; body: { error?: { code: string; message: string } } }>, status?: number) {
    const before = await counts();
    const res = await send();
    if (status) expect(res.status).toBe(status);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error?.code).toBeTruthy();
    expect(res.body.error?.message).toBeTruthy();
    expect(await counts()).toEqual(before);
    return res;
  }

  const submissions: [string, unknown][] = [
    ['an empty body', {}],
    ['no consent', online({ consent: undefined })],
    ['a missing title', online({ title: undefined })],
    ['a title of the wrong type', online({ title: 12345 })],
    ['petitioners as a string', online({ petitioners: '李秀英' })],
    ['a negative signer count', online({ signerCount: -3 })],
    ['a title of 101 characters', online({ title: '长'.repeat(101) })],
    ['content of 20,001 characters', online({ content: '字'.repeat(20_001) })],
    ['an unknown category', online({ category: 'complaint' })],
    ['an invalid ID number', online({ petitioners: [{ name: '王五', idNumber: '110105194912310021' }] })],
    ['script in the ID number', online({ petitioners: [{ name: '王五', idNumber: '<script>alert(1)</script>' }] })],
    ['SQL in the division code', online({ placeDivisionCode: "1'; drop table petitions; --" })],
    ['an anonymous claim', online({ anonymous: true, petitioners: [] })],
    ['no petitioner name', online({ petitioners: [{ phone: '13812345678' }] })],
    ['script as the phone number', online({ petitioners: [{ name: '王五', phone: '<script>alert(1)</script>' }] })],
    ['an unknown office', online({ officeId: 999999 })],
    ['an unknown attachment', online({ attachments: [{ sha256: 'a'.repeat(64), name: 'x.pdf' }] })],
    ['a malformed attachment hash', online({ attachments: [{ sha256: "' or 1=1 --", name: 'x.pdf' }] })],
  ];
  for (const [what, body] of submissions) {
    it(`refuses an online submission with ${what}`, async () => {
      await refused(() => portal.post('/api/public/petitions', body));
    });
  }

  it('answers in English when asked', async () => {
    const res = await refused(() => portal.post('/api/public/petitions', online({ title: undefined }), { headers: { 'accept-language': 'en-US,en;q=0.9' } }));
    expect(res.body.error?.message).toMatch(/not valid/);
    const zh = await refused(() => portal.post('/api/public/petitions', online({ title: undefined })));
    expect(zh.body.error?.message).toMatch(/不符合要求/);
  });

  it('refuses malformed UTF-8, broken JSON and an oversized body', async () => {
    const bytes = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
    const bad = await refused(() => portal.request('POST', '/api/public/petitions', bytes, { headers: { 'content-type': 'application/json' } }), 400);
    expect(bad.body.error?.code).toBe('malformedUtf8');
    await refused(() => portal.request('POST', '/api/public/petitions', '{"title": ', { headers: { 'content-type': 'application/json' } }), 400);
    await refused(() => portal.post('/api/public/petitions', online({ content: 'x'.repeat(1_100_000) })), 413);
  });

  it('refuses files that are too large or not what they claim to be', async () => {
    const form = (bytes: Uint8Array, name: string, type: string) => {
      const f = new FormData();
      f.append('file', new Blob([bytes], { type }), name);
      return f;
    };
    const script = new TextEncoder().encode('<script>alert(1)</script>');
    const res = await refused(() => portal.request('POST', '/api/public/attachments', form(script, 'photo.jpg', 'image/jpeg')), 400);
    expect(res.body.error?.code).toBe('fileTypeNotAccepted');
    const big = new Uint8Array(70 * 1024);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]); // %PDF-1.4
    await refused(() => portal.request('POST', '/api/public/attachments', form(big, 'big.pdf', 'application/pdf')), 413);
    await refused(() => portal.post('/api/public/attachments', { file: 'not multipart' }), 400);
    const ok = await portal.request('POST', '/api/public/attachments', form(big.slice(0, 1024), 'small.pdf', 'application/pdf'));
    expect(ok.status).toBe(201);
    expect(ok.body.contentType).toBe('application/pdf');
  });

  it('stores script and SQL in free text as text, never interpreting it', async () => {
    const text = `<script>alert('x')</script> '; DROP TABLE petitions; -- ${'"'}`;
    const res = await portal.post('/api/public/petitions', online({ title: '<b>物业</b>', content: text }));
    expect(res.status).toBe(201);
    const view = (await portal.post('/api/public/lookup', { receiptNo: res.body.receiptNo, queryCode: res.body.queryCode })).body;
    expect(view.title).toBe('<b>物业</b>');
    expect((await counts()).petitions).toBeGreaterThan(1);
  });

  it('refuses public actions that are malformed or not the petitioner’s to take', async () => {
    await refused(() => portal.post('/api/public/actions', { ...receipt, action: { type: 'accept' } }), 400);
    await refused(() => portal.post('/api/public/actions', { ...receipt, action: { type: 'evaluate', rating: 'great' } }), 400);
    await refused(() => portal.post('/api/public/actions', { ...receipt, action: { type: 'evaluate', rating: 'satisfied' } }));
  });

  it('refuses staff requests without a session or without the CSRF token', async () => {
    await refused(() => portal.post('/api/petitions', letterPetition()), 401);
    await refused(() => c.clerk.post('/api/petitions', letterPetition(), { csrf: false }), 403);
    await refused(() => c.clerk.post('/api/petitions', letterPetition({ channel: 'pigeon' })), 400);
    await refused(() => c.clerk.post('/api/petitions/abc/actions', { type: 'accept' }), 400);
  });
  it('answers a wrong code exactly like an unknown receipt, and throttles guessing', async () => {
    const wrong = await refused(() => portal.post('/api/public/lookup', { receiptNo: receipt.receiptNo, queryCode: 'AAAAAAAA' }), 404);
    const unknown = await refused(() => portal.post('/api/public/lookup', { receiptNo: 'XF20991231999999', queryCode: receipt.queryCode }), 404);
    expect(wrong.body).toEqual(unknown.body);
    await refused(() => portal.post('/api/public/lookup', { receiptNo: "XF' OR '1'='1", queryCode: "' OR 1=1 --" }), 404);
    await refused(() => portal.post('/api/public/lookup', { receiptNo: receipt.receiptNo }), 400);
    for (let i = 0; i < 10; i++) await portal.post('/api/public/lookup', { receiptNo: receipt.receiptNo, queryCode: `WRONG${i}` });
    const blocked = await portal.post('/api/public/lookup', receipt);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('tooManyLookups');
  });
});
