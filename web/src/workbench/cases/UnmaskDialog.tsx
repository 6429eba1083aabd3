import { useMutation } from '@tanstack/react-query';
import { Alert, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { unmask } from '../common/petitions.api.ts';
import type { MaskedPetitioner } from '../types.ts';

interface Props {
  petitionId: number;
  petitioner: MaskedPetitioner;
  onClose: () => void;
}

/**
 * Asks why, then shows the petitioner's data in full — here only, never on the page — and forgets
 * it when closed. The server logs who looked, when and why.
 */
export function UnmaskDialog({ petitionId, petitioner, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useMutation({ mutationFn: (reason: string) => unmask(petitionId, petitioner.id, reason) });
  const data = reveal.data;
  return (
    <Modal
      open
      title={t('case.unmaskTitle', { n: petitioner.ordinal })}
      onCancel={onClose}
      onOk={data ? onClose : () => form.submit()}
      okText={data ? t('common.close') : t('case.unmaskConfirm')}
      cancelButtonProps={{ style: data ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      destroyOnHidden
    >
      {data ? (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('register.name')}>{data.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('register.idNumber')}>{data.idNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('register.phone')}>{data.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('register.address')}>{data.address ?? '—'}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => reveal.mutate(v.reason)}>
          <Typography.Paragraph>{t('case.unmaskExplain')}</Typography.Paragraph>
          <Form.Item name="reason" label={t('case.unmaskReason')} rules={[{ required: true, whitespace: true, message: t('case.unmaskReasonRequired') }]}>
            <Input.TextArea autoFocus autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
          {reveal.error && <Alert type="error" showIcon role="alert" title={reveal.error.message} />}
        </Form>
      )}
    </Modal>
  );
}
