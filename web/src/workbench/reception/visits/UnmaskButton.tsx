import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { People } from './visits.api.ts';

/** Names in clear only with a stated reason, which the access log keeps; shown once, in the dialog. */
export function UnmaskButton({ unmask }: { unmask: (reason: string) => Promise<{ people: People }> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const run = useMutation({ mutationFn: unmask });
  const close = () => {
    setOpen(false);
    run.reset();
    form.resetFields();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('visits.unmask.button')}
      </Button>
      <Modal
        open={open}
        title={t('visits.unmask.title')}
        onCancel={close}
        onOk={() => (run.data ? close() : form.submit())}
        okText={run.data ? t('visits.close') : t('visits.unmask.confirm')}
        okButtonProps={{ loading: run.isPending }}
        cancelText={t('visits.close')}
        destroyOnHidden
      >
        {run.data ? (
          <List size="small" dataSource={run.data.people} renderItem={(p) => <List.Item>{p.phone ? `${p.name}　${p.phone}` : p.name}</List.Item>} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('visits.unmask.intro')}</Typography.Paragraph>
            <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v.reason.trim())}>
              <Form.Item name="reason" label={t('visits.unmask.reason')} rules={[{ required: true, whitespace: true, message: t('visits.unmask.reasonRequired') }]}>
                <Input maxLength={500} autoFocus />
              </Form.Item>
            </Form>
          </>
        )}
        {run.error && <Alert type="error" showIcon role="alert" title={run.error.message} />}
      </Modal>
    </>
  );
}
