import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import type { Role } from '../../types.ts';
import { roleLabel, roles } from '../labels.ts';
import { addGrant } from './users.api.ts';

interface Values {
  role: Role;
  organizationId: number;
}

/** Grants one role on one organisation (and so on its whole subtree). */
export function AddGrantForm({ userId, defaultOrgId, onAdded }: { userId: number; defaultOrgId: number; onAdded: () => unknown }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useMutation({
    mutationFn: (v: Values) => addGrant(userId, v.role, v.organizationId),
    onSuccess: () => {
      form.resetFields(['role']);
      return onAdded();
    },
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ organizationId: defaultOrgId }} onFinish={(v) => add.mutate(v)} className="adm-grant-form">
      <Typography.Title level={5}>{t('admin.grants.add')}</Typography.Title>
      <Form.Item name="role" label={t('admin.grants.role')} rules={[{ required: true, message: t('admin.grants.roleRequired') }]}>
        <Select options={roles.map((r) => ({ value: r, label: roleLabel(t, r) }))} />
      </Form.Item>
      <Form.Item name="organizationId" label={t('admin.grants.organization')} extra={t('admin.grants.subtreeHint')} rules={[{ required: true }]}>
        <OrgTreeSelect />
      </Form.Item>
      {add.error && <Alert type="error" showIcon role="alert" title={add.error.message} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" icon={<PlusOutlined aria-hidden />} loading={add.isPending}>
        {t('admin.grants.addOk')}
      </Button>
    </Form>
  );
}
