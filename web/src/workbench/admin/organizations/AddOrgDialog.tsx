import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../shared/api.ts';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import { type OrganizationKind, kindLabel, organizationKinds } from '../labels.ts';

interface Values {
  parentId: number;
  name: string;
  kind: OrganizationKind;
  divisionCode?: string;
}

/** Adds a unit under a parent; `onClose` gets the new unit's id when one was created. */
export function AddOrgDialog({ open, parentId, onClose }: { open: boolean; parentId: number | undefined; onClose: (createdId?: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (open) form.setFieldsValue({ parentId, kind: 'department' });
  }, [open, parentId, form]);
  const add = useMutation({
    mutationFn: (v: Values) => call(api.POST('/api/organizations', { body: { ...v, divisionCode: v.divisionCode?.trim() || null } })),
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: ['organizations'] });
      void message.success(t('admin.org.added', { name: org.name }));
      form.resetFields();
      onClose(org.id);
    },
  });
  return (
    <Modal open={open} title={t('admin.org.add')} okText={t('admin.org.addOk')} onOk={() => form.submit()} okButtonProps={{ loading: add.isPending }} onCancel={() => onClose()} cancelText={t('admin.cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
        <Form.Item name="parentId" label={t('admin.org.parent')} rules={[{ required: true, message: t('admin.org.parentRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="name" label={t('admin.org.name')} rules={[{ required: true, whitespace: true, message: t('admin.org.nameRequired') }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.org.kind')} rules={[{ required: true }]}>
          <Select options={organizationKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        </Form.Item>
        <Form.Item name="divisionCode" label={t('admin.org.divisionCode')} extra={t('admin.org.divisionHint')} rules={[{ pattern: /^\d{6}(\d{3}){0,2}$/, message: t('admin.org.divisionInvalid') }]}>
          <Input inputMode="numeric" maxLength={12} />
        </Form.Item>
        {add.error && <Alert type="error" showIcon role="alert" title={add.error.message} />}
      </Form>
    </Modal>
  );
}
