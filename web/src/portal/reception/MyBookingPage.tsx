import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { usePageTitle } from '../common/usePageTitle.ts';
import { BookingView } from './BookingView.tsx';
import { type BookingCredentials, type PublicBooking, heldBooking, lookupBooking } from './reception.api.ts';
import './reception.css';

/** "My booking": the booking number (may come in the address, e.g. from an e-mail) and the code (never does). */
export function MyBookingPage() {
  const { t } = useTranslation();
  usePageTitle(t('receptionDays.portal.myBooking'));
  const [params] = useSearchParams();
  const bookingNo = params.get('no')?.trim() ?? '';
  const [credentials, setCredentials] = useState<BookingCredentials | null>(null);
  const [view, setView] = useState<PublicBooking | null>(null);
  const lookup = useMutation({
    mutationFn: lookupBooking,
    onSuccess: (v, c) => {
      setCredentials(c);
      setView(v);
    },
  });
  const { mutate } = lookup;
  useEffect(() => {
    const held = heldBooking(bookingNo);
    if (held) mutate(held);
  }, [bookingNo, mutate]);
  const normalize = (v: string) => v.replace(/\s+/g, '').toUpperCase();

  return (
    <div className="portal-stack">
      <h1 className="portal-h1">{t('receptionDays.portal.myBooking')}</h1>
      {view && credentials ? (
        <BookingView
          view={view}
          credentials={credentials}
          onView={setView}
          onClose={() => {
            setView(null);
            setCredentials(null);
            lookup.reset();
          }}
        />
      ) : (
        <Form<BookingCredentials>
          layout="vertical"
          initialValues={{ bookingNo, code: '' }}
          onFinish={(v) => mutate({ bookingNo: normalize(v.bookingNo), code: normalize(v.code) })}
          className="portal-card"
        >
          <p>{t('receptionDays.portal.lookupIntro')}</p>
          <Form.Item name="bookingNo" label={t('receptionDays.portal.bookingNo')} rules={[{ required: true, whitespace: true, message: t('receptionDays.portal.errors.bookingNo') }]}>
            <Input maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} autoFocus={!bookingNo} />
          </Form.Item>
          <Form.Item name="code" label={t('receptionDays.portal.bookingCode')} rules={[{ required: true, whitespace: true, message: t('receptionDays.portal.errors.code') }]}>
            <Input maxLength={20} autoComplete="off" autoCapitalize="characters" spellCheck={false} autoFocus={Boolean(bookingNo)} />
          </Form.Item>
          <ErrorAlert error={lookup.error} />
          <Button type="primary" htmlType="submit" loading={lookup.isPending} block>
            {t('receptionDays.portal.lookup')}
          </Button>
        </Form>
      )}
    </div>
  );
}
