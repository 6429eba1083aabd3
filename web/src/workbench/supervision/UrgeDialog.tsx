import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { petitionKey } from '../common/petitions.api.ts';
import { UrgeResults } from './UrgeResults.tsx';
import { type CaseRow, urgeCases } from './supervision.api.ts';

interface Props {
  open: boolean;
  cases: CaseRow[];
  /** `done` once the urging went out (the selection is then cleared). */
  onClose: (done: boolean) => void;
}

/** One note to every chosen case; each case answers for itself, so the results are listed per case. */
export function UrgeDialog({ open, cases, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  // The cases as they were sent: the lists refresh after urging and may no longer hold them all.
  const [sent, setSent] = useState<CaseRow[]>([]);
  const urge = useMutation({
    mutationFn: (note: string) => {
      setSent(cases);
      return urgeCases(cases.map((c) => c.id), note);
    },
    onSuccess: (result) => {
      for (const r of result.results) void queryClient.invalidateQueries({ queryKey: petitionKey(r.id) });
      void queryClient.invalidateQueries({ queryKey: ['supervision'] });
    },
  });
  const close = () => {
    const done = urge.isSuccess;
    urge.reset();
    form.resetFields();
    onClose(done);
  };
  return (
    <Modal
      open={open}
      title={t('supervision.urgeTitle', { count: urge.data ? sent.length : cases.length })}
      onCancel={close}
      onOk={urge.isSuccess ? close : () => form.submit()}
      okText={urge.isSuccess ? t('supervision.done') : t('supervision.urgeSend')}
      okButtonProps={{ loading: urge.isPending }}
      cancelButtonProps={{ style: urge.isSuccess ? { display: 'none' } : undefined }}
      cancelText={t('supervision.cancel')}
      destroyOnHidden
    >
      {urge.data ? (
        <UrgeResults results={urge.data.results} cases={sent} />
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => urge.mutate(v.note.trim())} requiredMark={false}>
          <Typography.Paragraph type="secondary">{cases.map((c) => c.receiptNo).join('、')}</Typography.Paragraph>
          <Form.Item name="note" label={t('supervision.note')} rules={[{ required: true, whitespace: true, message: t('supervision.noteRequired') }, { max: 2000 }]} extra={t('supervision.noteHint')}>
            <Input.TextArea rows={4} maxLength={2000} showCount autoFocus placeholder={t('supervision.notePlaceholder')} />
          </Form.Item>
          {urge.error && <Alert type="error" showIcon role="alert" title={urge.error.message} />}
        </Form>
      )}
    </Modal>
  );
}
