import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.ts';
import { type County, buildCounty, letterPetition } from './support/county.ts';
import { dialects } from './support/databases.ts';
import { type Client, anonymousClient } from './support/factories.ts';
import { type TestMailServer, startMailServer } from './support/smtp.ts';

const dayBody = (orgId: number, overrides: Record<string, unknown> = {}) => ({
  organizationId: orgId,
  day: '2026-10-12',
  startsAt: '09:00',
  endsAt: '11:00',
  place: '青山县信访局一楼接待大厅',
  leaders: [{ name: '王某某', title: '县长' }],
  topics: '城乡建设、征地拆迁',
  slotMinutes: 30,
  slotCapacity: 2,
  ...overrides,
});

let phoneSerial = 0;
const booking = (receptionDayId: number, overrides: Record<string, unknown> = {}) => ({
  receptionDayId,
  slotStartsAt: '09:00',
  name: '李秀英',
  phone: `1390000${String(++phoneSerial).padStart(4, '0')}`,
  matter: '小区电梯长期停运，请求督促维修',
  consent: true,
  ...overrides,
});

describe.each(dialects)('reception days and appointments on %s', (dialect) => {
  let app: TestApp;
  let c: County;
  let mail: TestMailServer;
  let anon: Client;
  beforeAll(async () => {
    mail = await startMailServer();
    app = await startTestApp(dialect, { smtpUrl: mail.url, publicUrl: 'https://xf.example.gov.cn' });
    app.clock.set('2026-10-05T02:00:00Z'); // 10:00 in Beijing
    c = await buildCounty(app);
    anon = anonymousClient(app.baseUrl);
  });
  afterAll(async () => {
    await app?.close();
    await mail?.close();
  });

  const createDay = async (overrides: Record<string, unknown> = {}) => {
    const res = await c.clerk.post('/api/reception-days', dayBody(c.office.id, overrides));
    expect(res.status).toBe(201);
    return res.body.day as { id: number; version: number };
  };
  const book = (body: Record<string, unknown>, headers: Record<string, string> = {}) => anon.post('/api/public/appointments', body, { headers });

  it('publishes a day only when it is valid and in the arranger’s remit; a bad request changes nothing', async () => {
    const before = (await c.clerk.get('/api/reception-days')).body.days.length;
    const refused = [
      [{ endsAt: '08:30' }, 'endBeforeStart'],
      [{ day: '2026-10-04' }, 'dayInPast'],
      [{ slotCapacity: 0 }, 'capacityTooSmall'],
      [{ leaders: [] }, 'leaderRequired'],
      [{ startsAt: '9点' }, 'invalidTime'],
    ] as const;
    for (const [overrides, code] of refused) {
      const res = await c.clerk.post('/api/reception-days', dayBody(c.office.id, overrides));
      expect(res.status, code).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await c.housingHandler.post('/api/reception-days', dayBody(c.office.id))).status).toBe(403); // a clerk of another unit
    expect((await c.housingApprover.post('/api/reception-days', dayBody(c.office.id))).status).toBe(403); // no arranging role
    expect((await c.clerk.get('/api/reception-days')).body.days.length).toBe(before);

    const created = await c.leader.post('/api/reception-days', dayBody(c.office.id, { topics: '教育' })); // a county leader covers the office
    expect(created.status).toBe(201);
    const day = created.body.day;
    expect(day).toMatchObject({ status: 'scheduled', version: 1, capacity: 8, booked: 0, organizationName: '青山县信访局' });
    expect(day.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual(['09:00', '09:30', '10:00', '10:30']);

    const change = { ...dayBody(c.office.id), version: 1, changeNote: '改为下午接访' };
    const { organizationId: _o, ...changeBody } = change;
    const bad = await c.clerk.put(`/api/reception-days/${day.id}`, { ...changeBody, endsAt: '08:00' });
    expect(bad.body.error.code).toBe('endBeforeStart');
    const stale = await c.clerk.put(`/api/reception-days/${day.id}`, { ...changeBody, version: 7 });
    expect(stale.status).toBe(409);
    const unchanged = (await c.clerk.get(`/api/reception-days/${day.id}`)).body.day;
    expect(unchanged).toMatchObject({ version: 1, endsAt: '11:00', topics: '教育', changeNote: null });
    expect((await c.clerk.post(`/api/reception-days/${day.id}/cancel`, { reason: '  ' })).status).toBe(400);
    expect((await c.clerk.get(`/api/reception-days/${day.id}`)).body.day.status).toBe('scheduled');

    const changed = await c.clerk.put(`/api/reception-days/${day.id}`, { ...changeBody, startsAt: '14:00', endsAt: '16:00' });
    expect(changed.status).toBe(200);
    expect(changed.body.day).toMatchObject({ version: 2, startsAt: '14:00', changeNote: '改为下午接访' });
    const cancelled = await c.clerk.post(`/api/reception-days/${day.id}/cancel`, { reason: '县长临时公务' });
    expect(cancelled.body.day).toMatchObject({ status: 'cancelled', version: 3, changeNote: '县长临时公务' });
    expect((await c.clerk.post(`/api/reception-days/${day.id}/cancel`, { reason: '再取消' })).status).toBe(409);
  });

  it('gives the last place of a slot to exactly one of several concurrent requests', async () => {
    const day = await createDay({ slotCapacity: 3 });
    for (let i = 0; i < 2; i++) expect((await book(booking(day.id))).status).toBe(201);
    const racing = await Promise.all(Array.from({ length: 6 }, () => book(booking(day.id))));
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
    expect(racing.filter((r) => r.status === 409).every((r) => r.body.error.code === 'slotFull')).toBe(true);
    expect(racing.filter((r) => r.status === 409)).toHaveLength(5);
    const listed = (await anon.get('/api/public/reception-days')).body.days.find((d: { id: number }) => d.id === day.id);
    expect(listed.slots[0]).toEqual({ startsAt: '09:00', endsAt: '09:30', capacity: 3, remaining: 0 });
    expect(listed.slots[1].remaining).toBe(3);
    expect(JSON.stringify(listed)).not.toContain('李');
    const detail = (await c.clerk.get(`/api/reception-days/${day.id}`)).body;
    expect(detail.day.booked).toBe(3);
    expect(detail.appointments).toHaveLength(3);
    expect(detail.appointments[0]).toMatchObject({ nameMasked: '李**', slotStartsAt: '09:00', status: 'booked', channel: 'online' });
    expect(detail.appointments[0].phoneMasked).toMatch(/^139\*\*\*\*\d{4}$/);
  });

  it('takes one live booking per person and day, however the phone is written or raced', async () => {
    const day = await createDay();
    const first = await book(booking(day.id, { phone: '13612345678' }));
    expect(first.status).toBe(201);
    const again = await book(booking(day.id, { phone: '+86 136-1234-5678', slotStartsAt: '10:00' }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('alreadyBooked');
    const race = await Promise.all(['09:30', '10:00', '10:30'].map((slot) => book(booking(day.id, { phone: '13787654321', slotStartsAt: slot }))));
    expect(race.filter((r) => r.status === 201)).toHaveLength(1);
    expect(race.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['alreadyBooked', 'alreadyBooked']);
    expect((await book(booking(day.id, { phone: '12345' }))).body.error.code).toBe('invalidPhone');
    expect((await book(booking(day.id, { phone: '0791-86123456' }))).status).toBe(201); // a landline is fine
  });

  it('opens a booking with its number and code, answers a wrong code like an unknown number, and cancels', async () => {
    const day = await createDay({ slotCapacity: 1 });
    const res = await book(booking(day.id, { phone: '13500001111' }), { 'idempotency-key': 'portal-abcdef123456' });
    expect(res.status).toBe(201);
    const { bookingNo, code } = res.body;
    expect(bookingNo).toMatch(/^JF20261012\d{4}$/);
    const replay = await book(booking(day.id, { phone: '13500001111' }), { 'idempotency-key': 'portal-abcdef123456' });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ bookingNo, code, replayed: true });

    const view = await anon.post('/api/public/appointments/lookup', { bookingNo: bookingNo.toLowerCase(), code: code.toLowerCase() });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ bookingNo, status: 'booked', slotStartsAt: '09:00', slotEndsAt: '09:30', canCancel: true, nameMasked: '李**' });
    expect(view.body.day).toMatchObject({ place: '青山县信访局一楼接待大厅', leaders: [{ name: '王某某', title: '县长' }] });
    expect(JSON.stringify(view.body)).not.toContain('13500001111');

    const wrongCode = await anon.post('/api/public/appointments/lookup', { bookingNo, code: 'ZZZZZZZZ' });
    const unknown = await anon.post('/api/public/appointments/lookup', { bookingNo: 'JF202610129999', code });
    expect(wrongCode.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongCode.body).toEqual(unknown.body);
    expect((await anon.post('/api/public/appointments/cancel', { bookingNo, code: 'ZZZZZZZZ' })).body).toEqual(unknown.body);

    expect((await book(booking(day.id))).body.error.code).toBe('slotFull');
    const cancelled = await anon.post('/api/public/appointments/cancel', { bookingNo, code, reason: '问题已解决' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', canCancel: false });
    expect((await anon.post('/api/public/appointments/cancel', { bookingNo, code })).status).toBe(409);
    expect((await book(booking(day.id, { phone: '13500001111' }))).status).toBe(201); // the place and the person are free again
    const detail = (await c.clerk.get(`/api/reception-days/${day.id}`)).body;
    expect(detail.appointments.find((a: { bookingNo: string }) => a.bookingNo === bookingNo)).toMatchObject({ status: 'cancelled', cancelReason: '问题已解决' });
  });

  it('refuses bookings on a cancelled day, on a day gone by, and for an unknown receipt number; links a known one', async () => {
    const cancelledDay = await createDay();
    await c.clerk.post(`/api/reception-days/${cancelledDay.id}/cancel`, { reason: '场地检修' });
    expect((await book(booking(cancelledDay.id))).body.error.code).toBe('dayCancelled');

    const soon = await createDay({ day: '2026-10-06' });
    const petition = (await c.clerk.post('/api/petitions', letterPetition())).body;
    const unknown = await book(booking(soon.id, { receiptNo: 'XF20261005999999' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknownReceiptNo');
    const linked = await book(booking(soon.id, { receiptNo: petition.receiptNo }));
    expect(linked.status).toBe(201);
    const appt = (await c.clerk.get(`/api/reception-days/${soon.id}`)).body.appointments[0];
    expect(appt).toMatchObject({ receiptNo: petition.receiptNo, petitionId: petition.id });

    // Attendance is recorded on the day, not before.
    expect((await c.clerk.post(`/api/appointments/${appt.id}/attendance`, { status: 'attended' })).body.error.code).toBe('tooEarly');
    app.clock.set('2026-10-06T01:40:00Z'); // 09:40 on the day: the 09:00 and 09:30 slots have begun
    expect((await book(booking(soon.id, { slotStartsAt: '09:30' }))).body.error.code).toBe('slotPast');
    expect((await book(booking(soon.id, { slotStartsAt: '10:00' }))).status).toBe(201);
    expect((await c.clerk.post(`/api/appointments/${appt.id}/attendance`, { status: 'attended' })).body.status).toBe('attended');
    app.clock.set('2026-10-07T02:00:00Z');
    expect((await book(booking(soon.id, { slotStartsAt: '10:30' }))).body.error.code).toBe('slotPast');
    app.clock.set('2026-10-05T02:00:00Z');

    // Unmasking needs a reason and is logged.
    expect((await c.clerk.post(`/api/appointments/${appt.id}/unmask`, { reason: '' })).status).toBe(400);
    const clear = await c.clerk.post(`/api/appointments/${appt.id}/unmask`, { reason: '电话确认到访时间' });
    expect(clear.body).toMatchObject({ name: '李秀英', email: null });
    expect(clear.body.phone).toMatch(/^139\d{8}$/);
    const logged = await app.ctx.database.db.selectFrom('reception_data_access').selectAll().where('record_kind', '=', 'appointment').where('record_id', '=', appt.id).execute();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ reason: '电话确认到访时间', user_id: c.clerk.user.id });
    expect((await c.housingApprover.post(`/api/appointments/${appt.id}/unmask`, { reason: '查看' })).status).toBe(403);
  });

  it('tells by e-mail only those who booked and gave an address when a day changes or is cancelled', async () => {
    const day = await createDay({ slotCapacity: 2 });
    const sent = mail.received.length;
    const withMail = (await book(booking(day.id, { slotStartsAt: '10:30', email: 'li@example.cn' }))).body;
    const noMail = (await book(booking(day.id, { slotStartsAt: '09:00' }))).body;
    const gone = (await book(booking(day.id, { slotStartsAt: '09:30', email: 'gone@example.cn' }))).body;
    await anon.post('/api/public/appointments/cancel', { bookingNo: gone.bookingNo, code: gone.code });
    const phoned = await c.clerk.post(`/api/reception-days/${day.id}/appointments`, { slotStartsAt: '09:00', name: '张三', phone: '0791-86001234', email: 'zhang@example.cn', matter: '征地补偿' });
    expect(phoned.status).toBe(201);
    expect(phoned.body.appointment).toMatchObject({ channel: 'phone', hasEmail: true, nameMasked: '张*' });

    // Shorter hours: the 10:30 slot goes; that booking stays and needs a new time.
    const { organizationId: _o, ...rest } = dayBody(c.office.id);
    const tooFew = await c.clerk.put(`/api/reception-days/${day.id}`, { ...rest, slotCapacity: 1, version: day.version, changeNote: '名额调整' });
    expect(tooFew.body.error.code).toBe('capacityBelowBookings');
    const changed = await c.clerk.put(`/api/reception-days/${day.id}`, { ...rest, endsAt: '10:30', place: '县政府二楼会议室', version: day.version, changeNote: '地点改为县政府二楼会议室，提前结束' });
    expect(changed.status).toBe(200);
    expect(changed.body.orphanedSlots).toEqual(['10:30']);
    expect(changed.body.announced).toEqual({ emailed: 2, toPhone: 1 });
    const rows = changed.body.appointments as { bookingNo: string; hasEmail: boolean; needsNewTime: boolean; changedSinceBooking: boolean }[];
    expect(rows.find((a) => a.bookingNo === noMail.bookingNo)).toMatchObject({ hasEmail: false, changedSinceBooking: true });
    expect(rows.find((a) => a.bookingNo === withMail.bookingNo)).toMatchObject({ needsNewTime: true });

    await mail.waitFor(sent + 2);
    const changeMails = mail.received.slice(sent);
    expect(changeMails.map((m) => m.to[0]).sort()).toEqual(['li@example.cn', 'zhang@example.cn']);
    const li = changeMails.find((m) => m.to[0] === 'li@example.cn');
    expect(li?.subject).toContain('接访日变更');
    expect(li?.text).toContain('县政府二楼会议室');
    expect(li?.text).toContain('10:30 时段已不存在');
    expect(li?.text).toContain(`https://xf.example.gov.cn/public/reception/booking?no=${withMail.bookingNo}`);
    expect(changeMails.find((m) => m.to[0] === 'zhang@example.cn')?.text).toContain('保持不变');

    const view = (await anon.post('/api/public/appointments/lookup', { bookingNo: withMail.bookingNo, code: withMail.code })).body;
    expect(view).toMatchObject({ needsNewTime: true, changedSinceBooking: true, slotEndsAt: null, canReschedule: true });
    expect(view.day.changeNote).toContain('县政府二楼会议室');
    const moved = await anon.post('/api/public/appointments/reschedule', { bookingNo: withMail.bookingNo, code: withMail.code, slotStartsAt: '09:00' });
    expect(moved.body.error.code).toBe('slotFull');
    const moved2 = await anon.post('/api/public/appointments/reschedule', { bookingNo: withMail.bookingNo, code: withMail.code, slotStartsAt: '10:00' });
    expect(moved2.body).toMatchObject({ needsNewTime: false, changedSinceBooking: false, slotStartsAt: '10:00', slotEndsAt: '10:30' });

    const cancelled = await c.clerk.post(`/api/reception-days/${day.id}/cancel`, { reason: '县长参加防汛调度' });
    expect(cancelled.body.announced).toEqual({ emailed: 2, toPhone: 1 });
    await mail.waitFor(sent + 4);
    const cancelMails = mail.received.slice(sent + 2);
    expect(cancelMails.map((m) => m.to[0]).sort()).toEqual(['li@example.cn', 'zhang@example.cn']);
    expect(cancelMails[0]?.subject).toContain('接访日取消');
    expect(cancelMails[0]?.text).toContain('县长参加防汛调度');
    expect(mail.received.some((m) => m.to.includes('gone@example.cn'))).toBe(false);
    const after = (await anon.post('/api/public/appointments/lookup', { bookingNo: withMail.bookingNo, code: withMail.code })).body;
    expect(after).toMatchObject({ canCancel: false, canReschedule: false, day: { status: 'cancelled', changeNote: '县长参加防汛调度' } });
  });

  it('serves an iCalendar feed with Beijing times, cancelled days marked and UIDs that survive a change', async () => {
    const kept = await createDay({ day: '2026-10-20', startsAt: '14:30', endsAt: '17:00' });
    const dropped = await createDay({ day: '2026-10-21' });
    await c.clerk.post(`/api/reception-days/${dropped.id}/cancel`, { reason: '另行安排' });
    const feed = async () => {
      const res = await anon.get('/api/public/reception-days.ics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      const text = String(res.body).replace(/\r\n[ \t]/g, '');
      const events = text.split('BEGIN:VEVENT').slice(1).map((e) => e.split('END:VEVENT')[0] ?? '');
      const field = (e: string, name: string) => new RegExp(`^${name}[;:](.*)$`, 'm').exec(e)?.[1]?.trim();
      return { text, events, find: (id: number) => events.find((e) => (field(e, 'UID') ?? '').startsWith(`reception-day-${id}@`)) ?? '', field };
    };
    const one = await feed();
    const days = (await anon.get('/api/public/reception-days?from=2026-09-01&to=2027-03-31')).body.days;
    expect(one.events).toHaveLength(days.length);
    expect(one.text).toContain('BEGIN:VTIMEZONE');
    const ev = one.find(kept.id);
    expect(one.field(ev, 'DTSTART')).toBe('TZID=Asia/Shanghai:20261020T143000');
    expect(one.field(ev, 'DTEND')).toBe('TZID=Asia/Shanghai:20261020T170000');
    expect(one.field(ev, 'STATUS')).toBe('CONFIRMED');
    expect(one.field(ev, 'LOCATION')).toBe('青山县信访局一楼接待大厅');
    expect(one.field(one.find(dropped.id), 'STATUS')).toBe('CANCELLED');
    const uid = one.field(ev, 'UID');

    const { organizationId: _o, ...rest } = dayBody(c.office.id);
    await c.clerk.put(`/api/reception-days/${kept.id}`, { ...rest, day: '2026-10-20', startsAt: '15:00', endsAt: '17:00', version: kept.version, changeNote: '推迟半小时' });
    const two = await feed();
    const moved = two.find(kept.id);
    expect(two.field(moved, 'UID')).toBe(uid);
    expect(two.field(moved, 'DTSTART')).toBe('TZID=Asia/Shanghai:20261020T150000');
    expect(Number(two.field(moved, 'SEQUENCE'))).toBeGreaterThan(Number(one.field(ev, 'SEQUENCE')));
    expect(two.events).toHaveLength(one.events.length);
  });
});
