import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyButton } from '../common/CopyButton.tsx';
import { formatDay } from '../common/dates.ts';
import { usePageTitle } from '../common/usePageTitle.ts';
import { type BookingReceipt, type PublicDay, leaderNames } from './reception.api.ts';

function Code({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="portal-code">
      <span id={id} className="portal-code-label">
        {label}
      </span>
      <output aria-labelledby={id} className="portal-code-value" data-testid={id}>
        {value}
      </output>
      <CopyButton text={value} what={label} />
    </div>
  );
}

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
      <dl className="portal-facts portal-card">
        <div>
          <dt>{t('receptionDays.portal.when')}</dt>
          <dd>
            {formatDay(receipt.day)} {receipt.slotStartsAt}–{receipt.slotEndsAt}
          </dd>
        </div>
        <div>
          <dt>{t('receptionDays.portal.place')}</dt>
          <dd>{receipt.place}</dd>
        </div>
        <div>
          <dt>{t('receptionDays.portal.leaders')}</dt>
          <dd>
            {day.organizationName} · {leaderNames(day.leaders)}
          </dd>
        </div>
      </dl>
      <div className="portal-codes">
        <Code id="booking-no" label={t('receptionDays.portal.bookingNo')} value={receipt.bookingNo} />
        <Code id="booking-code" label={t('receptionDays.portal.bookingCode')} value={receipt.code} />
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
