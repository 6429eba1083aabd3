import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FollowUp, markDone } from './visits.api.ts';

/** Promises with their due dates; the responsible body records what became of each. */
export function FollowUpsTable({ items, showCase = false }: { items: FollowUp[]; showCase?: boolean }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState<FollowUp>();
  return (
    <>
      <Table<FollowUp>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('visits.followUps.none') }}
        rowClassName={(f) => (f.overdue ? 'visits-overdue' : '')}
        columns={[
          ...(showCase ? [{ title: t('visits.followUps.case'), key: 'case', render: (_: unknown, f: FollowUp) => <Link to={`/cases/${f.petitionId}`}>{f.receiptNo}</Link> }] : []),
          { title: t('visits.followUps.promise'), dataIndex: 'promise' },
          { title: t('visits.followUps.org'), dataIndex: 'responsibleOrgName' },
          { title: t('visits.followUps.dueOn'), dataIndex: 'dueOn', render: (d: string, f) => (f.overdue ? <Tag color="error">{t('visits.followUps.overdue', { date: d })}</Tag> : d) },
          {
            title: t('visits.followUps.status'),
            key: 'status',
            render: (_: unknown, f) => (f.status === 'done' ? <span>{t('visits.followUps.doneBy', { outcome: f.outcome, name: f.doneByName ?? '' })}</span> : <Tag>{t('visits.followUps.open')}</Tag>),
          },
          {
            title: t('visits.followUps.action'),
            key: 'action',
            render: (_: unknown, f) =>
              f.canClose ? (
                <Button size="small" onClick={() => setClosing(f)} aria-label={t('visits.followUps.markDoneOf', { promise: f.promise })}>
                  {t('visits.followUps.markDone')}
                </Button>
              ) : null,
          },
        ]}
      />
      {closing && <DoneDialog followUp={closing} onClose={() => setClosing(undefined)} />}
    </>
  );
}

function DoneDialog({ followUp, onClose }: { followUp: FollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ outcome: string }>();
  const done = useMutation({
    mutationFn: (outcome: string) => markDone(followUp.id, outcome),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['visits'] });
      onClose();
    },
  });
  return (
    <Modal open title={t('visits.followUps.doneTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('visits.followUps.markDone')} okButtonProps={{ loading: done.isPending }} cancelText={t('visits.close')} destroyOnHidden>
      <p>{followUp.promise}</p>
      <Form form={form} layout="vertical" onFinish={(v) => done.mutate(v.outcome.trim())}>
        <Form.Item name="outcome" label={t('visits.followUps.outcome')} extra={t('visits.followUps.outcomeHint')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
      {done.error && <Alert type="error" showIcon role="alert" title={done.error.message} />}
    </Modal>
  );
}
