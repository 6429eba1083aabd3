import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import type { Role } from '../../types.ts';
import { roleLabel, roles } from '../labels.ts';
import { OneTimePassword } from './OneTimePassword.tsx';
import { createUser, usersKey } from './users.api.ts';

interface Values {
  username: string;
  displayName: string;
  organizationId: number;
  roles: Role[];
  email?: string;
}

/**
 * Creates an account with a generated one-time password: the administrator never chooses anyone's
 * password, and the person must set their own at first sign-in.
 */
export function CreateUserDialog({ open, defaultOrgId, onClose }: { open: boolean; defaultOrgId: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (v: Values) => createUser({ ...v, username: v.username.trim(), displayName: v.displayName.trim(), email: v.email?.trim() || undefined }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: usersKey }),
  });
  useEffect(() => {
    if (open) form.setFieldsValue({ organizationId: defaultOrgId, roles: [] });
  }, [open, defaultOrgId, form]);
  const close = () => {
    create.reset();
    form.resetFields();
    onClose();
  };
  const created = create.data;
  return (
    <Modal
      open={open}
      title={created ? t('admin.users.created') : t('admin.users.create')}
      okText={created ? t('admin.done') : t('admin.users.createOk')}
      onOk={created ? close : () => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      cancelButtonProps={{ style: created ? { display: 'none' } : undefined }}
      onCancel={close}
      cancelText={t('admin.cancel')}
      mask={{ closable: !created }}
      destroyOnHidden
    >
      {created ? (
        <OneTimePassword user={created.user} password={created.password} />
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ required: true, whitespace: true, message: t('admin.users.displayNameRequired') }, { max: 100 }]}>
            <Input maxLength={100} autoFocus />
          </Form.Item>
          <Form.Item name="username" label={t('admin.users.username')} extra={t('admin.users.usernameHint')} rules={[{ required: true, message: t('admin.users.usernameRequired') }, { min: 2, max: 63 }, { pattern: /^\S+$/, message: t('admin.users.usernameSpaces') }]}>
            <Input maxLength={63} autoComplete="off" />
          </Form.Item>
          <Form.Item name="organizationId" label={t('admin.users.organization')} rules={[{ required: true, message: t('admin.users.organizationRequired') }]}>
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item name="email" label={t('admin.users.email')} extra={t('admin.users.emailHint')} rules={[{ type: 'email', message: t('admin.users.emailInvalid') }]}>
            <Input type="email" maxLength={254} autoComplete="off" />
          </Form.Item>
          <Form.Item name="roles" label={t('admin.users.roles')} extra={t('admin.users.rolesHint')}>
            <Checkbox.Group options={roles.map((r) => ({ value: r, label: roleLabel(t, r) }))} />
          </Form.Item>
          {create.error && <Alert type="error" showIcon role="alert" title={create.error.message} />}
        </Form>
      )}
    </Modal>
  );
}
