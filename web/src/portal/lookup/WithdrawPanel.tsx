import { Button, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useCase, useCaseAction } from './CaseContext.ts';

/** Withdrawing is the petitioner's right at any time; it is kept out of the way and confirmed. */
export function WithdrawPanel() {
  const { t } = useTranslation();
  const { view } = useCase();
  const action = useCaseAction();
  const [form] = Form.useForm<{ reason: string }>();
  const [open, setOpen] = useState(false);
  if (!view.canWithdraw) return null;
  const withdraw = async () => {
    const { reason } = await form.validateFields();
    action.mutate({ type: 'withdraw', reason: reason.trim() });
  };
  return (
    <section aria-labelledby="case-withdraw" className="portal-section no-print">
      <h2 id="case-withdraw">{t('portal.lookup.withdraw.title')}</h2>
      <p>{t('portal.lookup.withdraw.explain')}</p>
      {!open ? (
        <Button onClick={() => setOpen(true)} aria-expanded={false}>
          {t('portal.lookup.withdraw.start')}
        </Button>
      ) : (
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('portal.lookup.withdraw.reason')} rules={[{ required: true, whitespace: true, message: t('portal.lookup.withdraw.reasonRequired') }]}>
            <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 2, maxRows: 8 }} autoFocus />
          </Form.Item>
          <ErrorAlert error={action.error} />
          <div className="portal-actions">
            <Popconfirm title={t('portal.lookup.withdraw.confirm')} okText={t('portal.lookup.withdraw.yes')} cancelText={t('portal.lookup.withdraw.no')} onConfirm={withdraw}>
              <Button danger loading={action.isPending}>
                {t('portal.lookup.withdraw.submit')}
              </Button>
            </Popconfirm>
            <Button onClick={() => setOpen(false)}>{t('portal.lookup.withdraw.cancel')}</Button>
          </div>
        </Form>
      )}
    </section>
  );
}
