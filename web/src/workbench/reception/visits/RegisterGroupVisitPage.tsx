import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Result, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import { hasRole, useSession } from '../../session/session.ts';
import { usePageTitle } from '../../admin/usePageTitle.ts';
import { PeopleField } from './PeopleField.tsx';
import { type GroupVisitRegistered, registerGroupVisit } from './visits.api.ts';
import './visits.css';
import { saveOnCtrlEnter } from './saveOnCtrlEnter.ts';

/** DOMAIN.md §4: a group chooses at most five representatives. The server says so too. */
const MAX_REPRESENTATIVES = 5;

interface Values {
  organizationId: number;
  responsibleOrgId: number;
  headcount: number;
  category: 'suggestion' | 'accusation' | 'claim';
  title: string;
  matter: string;
  representatives?: { name: string; phone?: string }[];
  others?: string;
}

export function RegisterGroupVisitPage() {
  const { t } = useTranslation();
  const title = usePageTitle('visits.register.title');
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<GroupVisitRegistered>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      registerGroupVisit({
        organizationId: v.organizationId,
        responsibleOrgId: v.responsibleOrgId,
        headcount: v.headcount,
        category: v.category,
        title: v.title,
        matter: v.matter,
        representatives: (v.representatives ?? []).filter((r) => r?.name?.trim()).map((r) => ({ name: r.name.trim(), phone: r.phone?.trim() || undefined })),
        others: (v.others ?? '').split(/[\n,，、]/).map((s) => s.trim()).filter(Boolean),
      }),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['visits'] });
      setDone(r);
    },
  });
  if (!hasRole(user, 'clerk', 'leader')) return <Result status="403" title={t('visits.record.notAllowed')} />;
  if (done) return <Registered result={done} />;
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        className="visits-form"
        initialValues={{ organizationId: user.organizationId, category: 'claim', representatives: [{ name: '' }] }}
        onFinish={(v) => save.mutate(v)}
        onKeyDown={saveOnCtrlEnter(form)}
        scrollToFirstError
      >
        <Form.Item name="headcount" label={t('visits.register.headcount')} extra={t('visits.register.headcountHint')} rules={[{ required: true, message: t('visits.required') }]}>
          <InputNumber min={2} max={100000} precision={0} autoFocus />
        </Form.Item>
        <Form.Item name="title" label={t('visits.register.caseTitle')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="matter" label={t('visits.register.matter')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="category" label={t('visits.record.category')}>
          <Select options={(['claim', 'suggestion', 'accusation'] as const).map((c) => ({ value: c, label: t(`enums.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="responsibleOrgId" label={t('visits.register.responsible')} rules={[{ required: true, message: t('visits.required') }]}>
          <OrgTreeSelect aria-label={t('visits.register.responsible')} />
        </Form.Item>
        <Form.Item name="organizationId" label={t('visits.register.office')} rules={[{ required: true }]}>
          <OrgTreeSelect aria-label={t('visits.register.office')} />
        </Form.Item>
        <PeopleField name="representatives" legend={t('visits.register.representatives')} who={t('visits.people.representative')} max={MAX_REPRESENTATIVES} maxHint={t('visits.register.maxRepresentatives')} />
        <Form.Item name="others" label={t('visits.register.others')} extra={t('visits.register.othersHint')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} className="visits-gap" />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('visits.register.save')}
        </Button>
      </Form>
    </>
  );
}

function Registered({ result }: { result: GroupVisitRegistered }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const told = [...result.notified.onCall, ...result.notified.responsibleUnit, ...result.notified.officeApprovers];
  return (
    <Card aria-labelledby="group-done-heading" className="visits-done">
      <h2 id="group-done-heading" ref={heading} tabIndex={-1}>
        {t('visits.register.done')}
      </h2>
      {result.notice && <Alert type="warning" showIcon role="alert" title={result.notice} className="visits-gap" />}
      <Descriptions column={1} bordered size="middle">
        <Descriptions.Item label={t('visits.done.receiptNo')}>
          <span className="visits-code">{result.receiptNo}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.done.queryCode')}>
          <span className="visits-code">{result.queryCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.groups.receiver')}>
          {result.receiverLevel ? t('visits.register.receiverWithin', { who: t(`visits.receiver.${result.receiverLevel}`), minutes: result.respondWithinMinutes }) : t('visits.clock.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('visits.register.notified')}>{told.join('、') || '—'}</Descriptions.Item>
      </Descriptions>
      <Space wrap className="visits-gap">
        <Link to={`/reception/group-visits/${result.id}`}>{t('visits.register.open')}</Link>
        <Link to={`/cases/${result.petitionId}`}>{t('visits.done.openCase')}</Link>
      </Space>
    </Card>
  );
}
