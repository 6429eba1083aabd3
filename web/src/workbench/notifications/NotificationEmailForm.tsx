import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownEmailKey, setOwnEmail, useOwnEmail } from './notifications.api.ts';

/** Where my notifications are also sent by e-mail; empty for none. Only I and my administrators see it. */
export function NotificationEmailForm({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useOwnEmail(enabled);
  const [value, setValue] = useState('');
  useEffect(() => {
    if (current.data) setValue(current.data.email ?? '');
  }, [current.data]);
  const save = useMutation({
    mutationFn: () => setOwnEmail(value.trim() === '' ? null : value.trim()),
    onSuccess: (r) => queryClient.setQueryData(ownEmailKey, r),
  });
  return (
    <section className="ntf-email" aria-labelledby="ntf-email-title">
      <Typography.Title level={5} id="ntf-email-title">
        {t('duty.notifications.emailTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('duty.notifications.emailHint')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => save.mutate()}>
        <Form.Item label={t('duty.notifications.email')} htmlFor="ntf-email">
          <Space.Compact style={{ width: '100%' }}>
            <Input id="ntf-email" type="email" autoComplete="email" value={value} onChange={(e) => { setValue(e.target.value); save.reset(); }} maxLength={254} />
            <Button htmlType="submit" loading={save.isPending}>
              {t('duty.notifications.emailSave')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {save.isSuccess && <Alert type="success" showIcon title={save.data.email ? t('duty.notifications.emailSaved', { email: save.data.email }) : t('duty.notifications.emailCleared')} />}
      {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
    </section>
  );
}
