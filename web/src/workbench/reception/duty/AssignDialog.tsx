import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Duty, type RosterDay, assign, dutyKey } from './duty.api.ts';
import { dayLabel, dutyLabel, kindLabel } from './labels.ts';
import { PeopleSelect } from './PeopleSelect.tsx';

export interface AssignTarget {
  day: RosterDay;
  duty: Duty;
}

/** Puts one or more people on a duty on one day. */
export function AssignDialog({ organizationId, target, onClose }: { organizationId: number; target: AssignTarget | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ userIds: number[] }>();
  const save = useMutation({
    mutationFn: (userIds: number[]) => assign({ organizationId, day: target?.day.day ?? '', duty: target?.duty ?? 'reception', userIds }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: dutyKey });
      close();
    },
  });
  const close = () => {
    save.reset();
    form.resetFields();
    onClose();
  };
  const d = target?.day;
  const title = d && target ? t('duty.assignTitle', { day: dayLabel(t, d.day), kind: kindLabel(t, i18n.language, d.kind, d.holiday), duty: dutyLabel(t, target.duty) }) : '';
  return (
    <Modal open={target !== undefined} title={title} okText={t('duty.assignOk')} cancelText={t('duty.cancel')} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} onCancel={close} destroyOnHidden>
      {target && (
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v.userIds)}>
          <Form.Item name="userIds" label={t('duty.people')} extra={t('duty.peopleHint')} rules={[{ required: true, message: t('duty.peopleRequired') }]}>
            <PeopleSelect organizationId={organizationId} duty={target.duty} exclude={target.day[target.duty].people.map((p) => p.userId)} />
          </Form.Item>
          {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
        </Form>
      )}
    </Modal>
  );
}
