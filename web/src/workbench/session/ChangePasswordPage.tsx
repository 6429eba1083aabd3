import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from './session.ts';
import { changePassword, sessionKey } from './session.api.ts';
import './session.css';
import { SessionCard } from './SessionCard.tsx';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * Choose a new password. `forced`: the one-time password of a new account (the first administrator
 * among them) must be replaced before anything else, so this page stands alone.
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, signOut } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const change = useMutation({
    mutationFn: (v: Fields) => changePassword(v.currentPassword, v.newPassword),
    onSuccess: async () => {
      void message.success(t('auth.passwordChanged'));
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      if (!forced) void navigate('/');
    },
  });
  const form = (
    <Form<Fields> layout="vertical" requiredMark={false} onFinish={(v) => change.mutate(v)} disabled={change.isPending} style={{ maxWidth: 400 }}>
      <Form.Item name="currentPassword" label={t(forced ? 'auth.oneTimePassword' : 'auth.currentPassword')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth.newPassword')} extra={t('auth.passwordRule')} rules={[{ required: true, message: t('auth.passwordRequired') }, { min: 10, message: t('auth.passwordTooShort') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordMismatch')))) }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {change.error && <Alert type="error" showIcon role="alert" title={change.error.message} className="session-error" />}
      <Space>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('auth.savePassword')}
        </Button>
        {forced && <Button onClick={() => void signOut()}>{t('auth.signOut')}</Button>}
      </Space>
    </Form>
  );
  if (!forced) {
    return (
      <>
        <Typography.Title level={3}>{t('auth.changePassword')}</Typography.Title>
        {form}
      </>
    );
  }
  return (
    <SessionCard title={t('auth.chooseNewPassword')}>
      <Typography.Paragraph>{t('auth.mustChangeExplained', { name: user.displayName })}</Typography.Paragraph>
      {form}
    </SessionCard>
  );
}
