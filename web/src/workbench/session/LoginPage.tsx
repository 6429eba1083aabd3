import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sessionKey, signIn } from './session.api.ts';
import './session.css';
import { SessionCard } from './SessionCard.tsx';

interface Credentials {
  username: string;
  password: string;
}

/** Sign in; on success the session query holds the user and the workbench opens where the URL pointed. */
export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const login = useMutation({
    mutationFn: ({ username, password }: Credentials) => signIn(username, password),
    onSuccess: (user) => queryClient.setQueryData(sessionKey, user),
  });
  return (
    <SessionCard title={t('app.workbenchTitle')} level={2}>
      <Typography.Paragraph type="secondary">{t('auth.loginHint')}</Typography.Paragraph>
      <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(v) => login.mutate(v)} disabled={login.isPending}>
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
          <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
        </Form.Item>
        {login.error && <Alert type="error" showIcon role="alert" title={login.error.message} className="session-error" />}
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </SessionCard>
  );
}
