import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SecretCode } from '../common/SecretCode.tsx';
import { formatDay } from '../common/dates.ts';
import type { Receipt } from '../common/types.ts';
import { usePageTitle } from '../common/usePageTitle.ts';

/** The receipt: the two things the petitioner must keep, large, copyable and printable. */
export function ReceiptView({ receipt, title, onAgain }: { receipt: Receipt; title: string; onAgain: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('portal.receipt.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="portal-stack portal-receipt">
      <h1 ref={heading} tabIndex={-1} className="portal-h1 no-print">
        {t('portal.receipt.title')}
      </h1>
      <p className="portal-h1 print-only">{t('portal.receipt.printTitle')}</p>
      <p>
        {t('portal.receipt.matter')}
        <strong>{title}</strong>
        <br />
        {t('portal.receipt.registered', { date: formatDay(receipt.registeredOn) })}
      </p>
      <div className="portal-codes">
        <SecretCode id="receipt-no" label={t('portal.receipt.receiptNo')} value={receipt.receiptNo} />
        <SecretCode id="query-code" label={t('portal.receipt.queryCode')} value={receipt.queryCode} />
      </div>
      <Alert type="warning" showIcon title={t('portal.receipt.keepTitle')} description={t('portal.receipt.keep')} />
      <p>{t('portal.receipt.next', { date: formatDay(receipt.dueOn) })}</p>
      <p className="print-only">{t('portal.receipt.printNote', { url: `${window.location.origin}/public/lookup` })}</p>
      <div className="portal-actions no-print">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('portal.receipt.print')}
        </Button>
        <Link to={`/lookup?receiptNo=${encodeURIComponent(receipt.receiptNo)}`} className="portal-cta">
          {t('portal.receipt.lookup')}
        </Link>
        <Button onClick={onAgain}>{t('portal.receipt.again')}</Button>
      </div>
    </div>
  );
}
