import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type User, setUserEmail } from './users.api.ts';

/** The user's address for notifications by e-mail, which only their administrators see; empty clears it. */
export function UserEmailForm({ user, onSaved }: { user: User; onSaved: () => unknown }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(user.email ?? '');
  useEffect(() => setValue(user.email ?? ''), [user.email]);
  const save = useMutation({ mutationFn: () => setUserEmail(user.id, value.trim() === '' ? null : value.trim()), onSuccess: onSaved });
  return (
    <Form layout="vertical" onFinish={() => save.mutate()} className="adm-grant-form" style={{ marginBottom: 16 }}>
      <Form.Item label={t('admin.users.email')} htmlFor="user-email" extra={t('admin.users.emailHint')} style={{ marginBottom: 8 }}>
        <Space.Compact style={{ width: '100%' }}>
          <Input id="user-email" type="email" maxLength={254} value={value} onChange={(e) => { setValue(e.target.value); save.reset(); }} />
          <Button htmlType="submit" loading={save.isPending}>
            {t('admin.users.emailSave')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {save.isSuccess && <Alert type="success" showIcon title={t('admin.users.emailSaved')} />}
      {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
    </Form>
  );
}
