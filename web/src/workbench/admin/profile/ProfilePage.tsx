import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../shared/api.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { GroupVisitRules } from './GroupVisitRules.tsx';
import { LimitRows } from './LimitRows.tsx';
import { type Profile, statutoryExtensionMaxDays } from './profileSteps.ts';
import '../admin.css';

const profileKey = ['admin', 'profile'] as const;

/** The procedure's time limits; a change counts for periods that start after it, never backwards. */
export function ProfilePage() {
  const { t } = useTranslation();
  const title = usePageTitle('admin.profile.title');
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Profile>();
  const profile = useQuery({ queryKey: profileKey, queryFn: async () => (await call(api.GET('/api/admin/profile'))).profile });
  const save = useMutation({
    mutationFn: (body: Profile) => call(api.PUT('/api/admin/profile', { body })),
    onSuccess: (r) => {
      queryClient.setQueryData(profileKey, r.profile);
      void queryClient.invalidateQueries({ queryKey: ['procedureProfile'] });
      form.setFieldsValue(r.profile);
      void message.success(t('admin.profile.saved'));
    },
  });
  const confirm = (values: Profile) =>
    modal.confirm({ title: t('admin.profile.confirmTitle'), content: t('admin.profile.appliesFromNow'), okText: t('admin.profile.save'), cancelText: t('admin.cancel'), onOk: () => save.mutateAsync(values) });
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Alert type="info" showIcon title={t('admin.profile.appliesFromNow')} description={t('admin.profile.intro')} style={{ marginBottom: 16 }} />
      {profile.error && <Alert type="error" showIcon role="alert" title={profile.error.message} />}
      {profile.isPending && <Skeleton active />}
      {profile.data && (
        <Form<Profile> form={form} initialValues={profile.data} onFinish={confirm} className="adm-profile">
          <LimitRows />
          <div className="adm-ext">
            <Form.Item name="extensionMaxDays" label={t('admin.profile.extensionMaxDays')} rules={[{ required: true }]} extra={t('admin.profile.statutory', { value: t('admin.profile.days', { count: statutoryExtensionMaxDays }) })}>
              <InputNumber min={0} max={365} precision={0} suffix={t('admin.profile.daysUnit')} style={{ width: 140 }} />
            </Form.Item>
          </div>
          <GroupVisitRules />
          {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('admin.profile.save')}
          </Button>
          <Button style={{ marginLeft: 8 }} onClick={() => form.resetFields()}>
            {t('admin.profile.discard')}
          </Button>
        </Form>
      )}
    </>
  );
}
