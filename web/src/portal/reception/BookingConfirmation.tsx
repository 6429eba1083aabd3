import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SecretCode } from '../common/SecretCode.tsx';
import { formatDay } from '../common/dates.ts';
import { usePageTitle } from '../common/usePageTitle.ts';
import { DayFacts } from './DayFacts.tsx';
import type { BookingReceipt, PublicDay } from './reception.api.ts';

/** The two things to keep — the booking number and code — large, copyable and printable, with the day's facts. */
export function BookingConfirmation({ receipt, day }: { receipt: BookingReceipt; day: PublicDay }) {
  const { t } = useTranslation();
  usePageTitle(t('receptionDays.portal.confirmTitle'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="portal-stack portal-receipt">
      <h1 ref={heading} tabIndex={-1} className="portal-h1">
        {t('receptionDays.portal.confirmTitle')}
      </h1>
      <DayFacts className="portal-facts portal-card" when={`${formatDay(receipt.day)} ${receipt.slotStartsAt}–${receipt.slotEndsAt}`} day={{ ...day, place: receipt.place }} />
      <div className="portal-codes">
        <SecretCode id="booking-no" label={t('receptionDays.portal.bookingNo')} value={receipt.bookingNo} />
        <SecretCode id="booking-code" label={t('receptionDays.portal.bookingCode')} value={receipt.code} />
      </div>
      <Alert type="warning" showIcon title={t('receptionDays.portal.keepTitle')} description={t('receptionDays.portal.keep')} />
      <p>{t('receptionDays.portal.bring')}</p>
      <div className="portal-actions no-print">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('receptionDays.portal.print')}
        </Button>
        <Link to={`/reception/booking?no=${encodeURIComponent(receipt.bookingNo)}`} className="portal-cta">
          {t('receptionDays.portal.viewBooking')}
        </Link>
        <Link to="/reception" className="portal-cta">
          {t('receptionDays.portal.backToDays')}
        </Link>
      </div>
    </div>
  );
}
