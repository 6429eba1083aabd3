import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInstant } from '../../common/format.ts';
import { usePageTitle } from '../../admin/usePageTitle.ts';
import { FollowUpsTable } from './FollowUpsTable.tsx';
import { type InstructionValues, InstructionFields, toInstruction } from './InstructionFields.tsx';
import { UnmaskButton } from './UnmaskButton.tsx';
import { type Visit, instructAtVisit, unmaskVisitors, useVisit, visitsKeys } from './visits.api.ts';
import './visits.css';

/** One reception as recorded, its follow-ups, and the leader's instruction added afterwards. */
export function VisitPage() {
  const { t } = useTranslation();
  const title = usePageTitle('visits.visit.title');
  const id = Number(useParams().id);
  const visit = useVisit(id);
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      {visit.isPending && <Skeleton active />}
      {visit.error && <Alert type="error" showIcon role="alert" title={visit.error.message} />}
      {visit.data && <VisitDetails visit={visit.data} />}
    </>
  );
}

function VisitDetails({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" className="visits-stack">
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('visits.visit.case')}>
          <Link to={`/cases/${visit.petitionId}`}>{`${visit.receiptNo} ${visit.petitionTitle}`}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.outcome')}>{t(`visits.visit.outcomes.${visit.outcome}`)}</Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.org')}>{visit.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.receivedAt')}>{formatInstant(visit.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.receivers')}>{visit.receivers.map((r) => (r.title ? `${r.name}（${r.title}）` : r.name)).join('、') || visit.receivedBy.name}</Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.recordedBy')}>{visit.receivedBy.name}</Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.visitors')}>
          <Space wrap>
            {t('visits.visit.visitorsValue', { names: visit.visitors.join('、') || '—', count: visit.visitorCount })}
            {visit.canUnmask && <UnmaskButton unmask={(reason) => unmaskVisitors(visit.id, reason)} />}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.request')} span={2}>{visit.request}</Descriptions.Item>
        <Descriptions.Item label={t('visits.visit.explanation')} span={2}>{visit.explanation}</Descriptions.Item>
      </Descriptions>
      <section aria-labelledby="visit-follow-ups">
        <Typography.Title level={4} id="visit-follow-ups">{t('visits.followUps.title')}</Typography.Title>
        <FollowUpsTable items={visit.followUps} />
      </section>
      {visit.canInstruct && <InstructCard visit={visit} />}
    </Space>
  );
}

function InstructCard({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ instruction: InstructionValues }>();
  const save = useMutation({
    mutationFn: (v: { instruction: InstructionValues }) => {
      const body = toInstruction(v.instruction);
      if (!body) throw new Error(t('visits.instruction.textRequired'));
      return instructAtVisit(visit.id, body);
    },
    onSuccess: (r) => {
      queryClient.setQueryData(visitsKeys.visit(visit.id), r);
      void queryClient.invalidateQueries({ queryKey: ['petitions'] });
      form.resetFields();
    },
  });
  return (
    <Card title={t('visits.instruction.cardTitle')} size="small">
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <InstructionFields />
        {save.isSuccess && <Alert type="success" showIcon role="status" title={t('visits.instruction.saved')} className="visits-gap" />}
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} className="visits-gap" />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('visits.instruction.save')}
        </Button>
      </Form>
    </Card>
  );
}
