import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import type { Credentials } from '../common/types.ts';

interface Props {
  receiptNo: string;
  onSubmit: (credentials: Credentials) => void;
  pending: boolean;
  error: unknown;
}

/** Receipt number and query code. A wrong pair gets the server's one message, whichever was wrong. */
export function LookupForm({ receiptNo, onSubmit, pending, error }: Props) {
  const { t } = useTranslation();
  const normalize = (v: string) => v.replace(/\s+/g, '').toUpperCase();
  return (
    <Form<Credentials>
      layout="vertical"
      initialValues={{ receiptNo, queryCode: '' }}
      onFinish={(v) => onSubmit({ receiptNo: normalize(v.receiptNo), queryCode: normalize(v.queryCode) })}
      className="portal-lookup-form"
    >
      <p>{t('portal.lookup.intro')}</p>
      <Form.Item
        name="receiptNo"
        label={t('portal.lookup.receiptNo')}
        extra={t('portal.lookup.receiptNoHelp')}
        rules={[{ required: true, whitespace: true, message: t('portal.lookup.errors.receiptNo') }]}
      >
        <Input maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} autoFocus={!receiptNo} />
      </Form.Item>
      <Form.Item
        name="queryCode"
        label={t('portal.lookup.queryCode')}
        extra={t('portal.lookup.queryCodeHelp')}
        rules={[{ required: true, whitespace: true, message: t('portal.lookup.errors.queryCode') }]}
      >
        {/* Not a password field: browsers would offer to store it, and the code must stay in memory only. */}
        <Input maxLength={20} autoComplete="off" autoCapitalize="characters" spellCheck={false} autoFocus={Boolean(receiptNo)} />
      </Form.Item>
      <ErrorAlert error={error} />
      <Form.Item className="portal-form-nav">
        <Button type="primary" htmlType="submit" loading={pending} block>
          {t('portal.lookup.submit')}
        </Button>
      </Form.Item>
      <p className="portal-note">{t('portal.lookup.lost')}</p>
    </Form>
  );
}
