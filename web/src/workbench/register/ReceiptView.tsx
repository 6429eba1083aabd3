import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/session.ts';
import { RelatedList } from './RelatedPanel.tsx';
import type { Receipt } from './RegisterForm.tsx';
import type { RegisterValues } from './registerValues.ts';
import './receipt.css';

interface Props {
  receipt: Receipt;
  values: RegisterValues;
  onNext: () => void;
}

/**
 * What the petitioner takes home: the receipt number and the secret query code that open the
 * public view. Printing shows only the receipt (see receipt.css).
 */
export function ReceiptView({ receipt, values, onNext }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = values.category === 'accusation' && values.anonymous ? t('register.anonymousPetitioner') : (values.petitioners ?? []).map((p) => p.name?.trim()).filter(Boolean).join('、');
  return (
    <>
      <Card className="receipt" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading" ref={heading} tabIndex={-1} className="receipt-title">
          {t('register.receipt.title')}
        </h2>
        <Descriptions column={1} bordered size="middle" className="receipt-fields">
          <Descriptions.Item label={t('register.receipt.receiptNo')}>
            <span className="receipt-code">{receipt.receiptNo}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('register.receipt.queryCode')}>
            <span className="receipt-code">{receipt.queryCode}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('register.receipt.petitioner')}>{names || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('register.receipt.subject')}>{values.title}</Descriptions.Item>
          <Descriptions.Item label={t('register.receipt.channel')}>{t(`enums.channel.${values.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('register.receipt.registeredOn')}>{receipt.registeredOn}</Descriptions.Item>
          <Descriptions.Item label={t('register.receipt.office')}>{user.organizationName}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph className="receipt-note">{t('register.receipt.next', { dueOn: receipt.dueOn })}</Typography.Paragraph>
        <Typography.Paragraph className="receipt-note">{t('register.receipt.lookup', { url: `${window.location.origin}/public/` })}</Typography.Paragraph>
        <Typography.Paragraph className="receipt-note" strong>
          {t('register.receipt.keepSecret')}
        </Typography.Paragraph>
      </Card>
      <Space className="receipt-actions no-print" wrap>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('register.receipt.print')}
        </Button>
        <Button icon={<PlusOutlined aria-hidden />} onClick={onNext} autoFocus>
          {t('register.receipt.another')}
        </Button>
        <Link to={`/cases/${receipt.id}`}>{t('register.receipt.openCase')}</Link>
      </Space>
      {receipt.replayed && <Alert className="no-print" type="info" showIcon title={t('register.receipt.replayed')} />}
      {receipt.related.length > 0 && (
        <Card size="small" className="no-print" title={t('register.receipt.related')} style={{ maxWidth: 720, marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('register.receipt.relatedHint')}</Typography.Paragraph>
          <RelatedList hits={receipt.related.slice(0, 6)} loading={false} />
        </Card>
      )}
    </>
  );
}
