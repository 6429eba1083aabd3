import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ChangeResult, type ReceptionDay, cancelDay, daysKey } from './days.api.ts';

/** Cancelling needs a reason: everyone who booked is told it. */
export function CancelDayDialog({ day, onClose }: { day: ReceptionDay; onClose: (result?: ChangeResult) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const cancel = useMutation({
    mutationFn: (reason: string) => cancelDay(day.id, reason, day.version),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: daysKey });
      onClose(result);
    },
  });
  return (
    <Modal
      open
      title={t('receptionDays.wb.cancelTitle', { day: day.day })}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t('receptionDays.wb.cancelConfirm')}
      okButtonProps={{ danger: true, loading: cancel.isPending }}
      cancelText={t('receptionDays.wb.close')}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('receptionDays.wb.cancelIntro', { booked: day.booked + day.needsNewTime })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => cancel.mutate(v.reason.trim())}>
        <Form.Item name="reason" label={t('receptionDays.wb.cancelReason')} rules={[{ required: true, whitespace: true, message: t('receptionDays.wb.form.errors.reason') }]}>
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
        {cancel.error && <Alert type="error" showIcon role="alert" title={cancel.error.message} />}
      </Form>
    </Modal>
  );
}
