import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session.ts';
import { type PromiseValues, PromisesField, toPromiseBodies } from './PromisesField.tsx';
import { type GroupVisit, recordReception, summarize, visitsKeys } from './visits.api.ts';

/**
 * Who came to receive the group and what they said and promised. A leader records it as
 * themselves; a clerk records it for a leader and names them.
 */
export function ReceptionForm({ group }: { group: GroupVisit }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ receivingLeaderName?: string; statement: string; promises?: PromiseValues[] }>();
  const isLeader = group.receiveAsSelf;
  const save = useMutation({
    mutationFn: (v: { receivingLeaderName?: string; statement: string; promises?: PromiseValues[] }) =>
      recordReception(group.id, { receivingLeaderName: v.receivingLeaderName?.trim() || undefined, statement: v.statement, promises: toPromiseBodies(v.promises) }),
    onSuccess: (r) => {
      queryClient.setQueryData(visitsKeys.group(group.id), r);
      void queryClient.invalidateQueries({ queryKey: ['visits'] });
    },
  });
  return (
    <Card title={t('visits.group.receptionTitle')} size="small">
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="receivingLeaderName"
          label={t('visits.group.leaderName')}
          extra={isLeader ? t('visits.group.leaderSelf', { name: user.displayName }) : t('visits.group.leaderOnBehalf')}
          rules={isLeader ? [] : [{ required: true, whitespace: true, message: t('visits.group.leaderRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="statement" label={t('visits.group.statement')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <PromisesField />
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} className="visits-gap" />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('visits.group.saveReception')}
        </Button>
      </Form>
    </Card>
  );
}

/** The note written after the reception; it stays with the case for staff. */
export function SummaryForm({ group }: { group: GroupVisit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ summary: string }>();
  const save = useMutation({
    mutationFn: (v: { summary: string }) => summarize(group.id, v.summary),
    onSuccess: (r) => queryClient.setQueryData(visitsKeys.group(group.id), r),
  });
  return (
    <Card title={t('visits.group.summaryTitle')} size="small">
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="summary" label={t('visits.group.summary')} extra={t('visits.group.summaryHint')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} className="visits-gap" />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('visits.group.saveSummary')}
        </Button>
      </Form>
    </Card>
  );
}
