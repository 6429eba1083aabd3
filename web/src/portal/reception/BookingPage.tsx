import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Radio, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDay } from '../common/dates.ts';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { randomKey } from '../common/randomKey.ts';
import { usePageTitle } from '../common/usePageTitle.ts';
import { BookingConfirmation } from './BookingConfirmation.tsx';
import { isCallablePhone } from './phone.ts';
import { type BookingValues, bookPlace, holdBooking, leaderNames, usePublicDays } from './reception.api.ts';
import './reception.css';

/** Book a place: the time, who is coming and how to reach them, the matter in brief, and consent. */
export function BookingPage() {
  const { t } = useTranslation();
  usePageTitle(t('receptionDays.portal.bookTitle'));
  const id = Number(useParams().id);
  const days = usePublicDays();
  const day = days.data?.days.find((d) => d.id === id);
  const [form] = Form.useForm<BookingValues>();
  // A double tap or a retry after a lost answer books once and shows the same number and code.
  const [key] = useState(randomKey);
  const book = useMutation({
    mutationFn: (v: BookingValues) => bookPlace(id, v, key),
    onSuccess: (r) => holdBooking({ bookingNo: r.bookingNo, code: r.code }),
  });
  if (book.data && day) return <BookingConfirmation receipt={book.data} day={day} />;
  if (days.isPending) return <Skeleton active />;
  const e = (k: string) => t(`receptionDays.portal.errors.${k}`);
  const open = day?.status === 'scheduled' ? day.slots.filter((s) => s.remaining > 0) : [];
  return (
    <div className="portal-stack">
      <h1 className="portal-h1">{t('receptionDays.portal.bookTitle')}</h1>
      <ErrorAlert error={days.error} />
      {!day || open.length === 0 ? (
        <p className="portal-card">
          {t('receptionDays.portal.notBookable')} <Link to="/reception">{t('receptionDays.portal.backToDays')}</Link>
        </p>
      ) : (
        <>
          <section className="portal-summary" aria-label={t('receptionDays.portal.theDay')}>
            <h2 className="rday-title">
              {formatDay(day.day)} {day.startsAt}–{day.endsAt}
            </h2>
            <p>
              {day.organizationName} · {leaderNames(day.leaders)}
              <br />
              {t('receptionDays.portal.placeIs', { place: day.place })}
            </p>
          </section>
          <Form<BookingValues> form={form} layout="vertical" noValidate requiredMark="optional" initialValues={{ slotStartsAt: open[0]?.startsAt }} onFinish={(v) => book.mutate(v)} scrollToFirstError={{ block: 'center', focus: true }}>
            <Form.Item name="slotStartsAt" label={t('receptionDays.portal.slot')} rules={[{ required: true, message: e('slot') }]}>
              <Radio.Group className="portal-choices" aria-label={t('receptionDays.portal.slot')}>
                {day.slots.map((s) => (
                  <Radio key={s.startsAt} value={s.startsAt} disabled={s.remaining === 0} className="portal-choice">
                    <span>
                      {s.startsAt}–{s.endsAt}
                    </span>
                    <span className="portal-choice-help">{s.remaining === 0 ? t('receptionDays.portal.full') : t('receptionDays.portal.placesLeft', { count: s.remaining })}</span>
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item name="name" label={t('receptionDays.portal.name')} rules={[{ required: true, whitespace: true, message: e('name') }]}>
              <Input maxLength={50} autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('receptionDays.portal.phone')}
              extra={t('receptionDays.portal.phoneHelp')}
              rules={[{ required: true, whitespace: true, message: e('phoneRequired') }, { validator: (_, v?: string) => (!v?.trim() || isCallablePhone(v) ? Promise.resolve() : Promise.reject(new Error(e('phone')))) }]}
            >
              <Input maxLength={30} type="tel" inputMode="tel" autoComplete="tel" />
            </Form.Item>
            <Form.Item name="email" label={t('receptionDays.portal.email')} extra={t('receptionDays.portal.emailHelp')} rules={[{ type: 'email', message: e('email') }]}>
              <Input maxLength={200} type="email" inputMode="email" autoComplete="email" />
            </Form.Item>
            <Form.Item name="matter" label={t('receptionDays.portal.matter')} extra={t('receptionDays.portal.matterHelp')} rules={[{ required: true, whitespace: true, message: e('matter') }]}>
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="receiptNo" label={t('receptionDays.portal.receiptNo')} extra={t('receptionDays.portal.receiptNoHelp')}>
              <Input maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
            </Form.Item>
            <Form.Item
              name="consent"
              valuePropName="checked"
              rules={[{ validator: (_, ok) => (ok ? Promise.resolve() : Promise.reject(new Error(e('consent')))) }]}
            >
              <Checkbox className="portal-consent">{t('receptionDays.portal.consent')}</Checkbox>
            </Form.Item>
            <ErrorAlert error={book.error} />
            <div className="portal-form-nav">
              <Button type="primary" htmlType="submit" loading={book.isPending}>
                {t('receptionDays.portal.submit')}
              </Button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}
