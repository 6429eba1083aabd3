import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Appointment, type Unmasked, unmaskAppointment } from './days.api.ts';

/** Full name and phone only with a reason, which the access log keeps. */
export function UnmaskDialog({ appointment, onClose }: { appointment: Appointment; onClose: (result?: Unmasked) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const unmask = useMutation({ mutationFn: (reason: string) => unmaskAppointment(appointment.id, reason), onSuccess: (r) => onClose(r) });
  return (
    <Modal
      open
      title={t('receptionDays.wb.unmaskTitle', { no: appointment.bookingNo })}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={t('receptionDays.wb.unmaskConfirm')}
      okButtonProps={{ loading: unmask.isPending }}
      cancelText={t('receptionDays.wb.close')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('receptionDays.wb.unmaskIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => unmask.mutate(v.reason.trim())}>
        <Form.Item name="reason" label={t('receptionDays.wb.unmaskReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('receptionDays.wb.form.errors.reason') }]}>
          <Input maxLength={500} autoFocus />
        </Form.Item>
        {unmask.error && <Alert type="error" showIcon role="alert" title={unmask.error.message} />}
      </Form>
    </Modal>
  );
}
