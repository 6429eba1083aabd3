import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Result, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { dayKey, useDay } from '../days/days.api.ts';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import { hasRole, useSession } from '../../session/session.ts';
import { usePageTitle } from '../../admin/usePageTitle.ts';
import { InstructionFields, toInstruction } from './InstructionFields.tsx';
import { PeopleField } from './PeopleField.tsx';
import { type PromiseValues, PromisesField, toPromiseBodies } from './PromisesField.tsx';
import { RecentVisits } from './RecentVisits.tsx';
import { type VisitRecorded, recordVisit, visitsKeys } from './visits.api.ts';
import './visits.css';
import { saveOnCtrlEnter } from './saveOnCtrlEnter.ts';

interface Values {
  organizationId: number;
  receivers?: { name: string; title?: string }[];
  visitors?: { name: string; phone?: string }[];
  visitorCount?: number;
  kind: 'register' | 'link';
  category: 'suggestion' | 'accusation' | 'claim';
  title?: string;
  content?: string;
  receiptNo?: string;
  request: string;
  explanation: string;
  promises?: PromiseValues[];
  instruction?: { text?: string; responsibleOrgId?: number; dueOn?: Dayjs };
}

/** Record a reception as it ends: who came, what they asked, what was explained and promised. Ctrl+Enter saves. */
export function RecordVisitPage() {
  const { t } = useTranslation();
  const title = usePageTitle('visits.record.title');
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<VisitRecorded>();
  const kind = Form.useWatch('kind', form) ?? 'register';
  // Opened from a booking on a reception day (?day=&appointment=): what was booked fills the form.
  const [params, setParams] = useSearchParams();
  const dayId = Number(params.get('day')) || 0;
  const appointmentId = Number(params.get('appointment')) || 0;
  const fromDay = useDay(dayId, dayId > 0 && appointmentId > 0);
  const appointment = fromDay.data?.appointments.find((a) => a.id === appointmentId);
  const booked = appointment?.status === 'booked' ? appointment : undefined;
  // Filled once per booking, so a refetch never overwrites what the clerk has typed since.
  const filledFor = useRef(0);
  useEffect(() => {
    const d = fromDay.data?.day;
    if (!d || !booked || filledFor.current === booked.id) return;
    filledFor.current = booked.id;
    form.setFieldsValue({
      organizationId: d.organizationId,
      receivers: d.leaders.map((l) => ({ name: l.name, title: l.title })),
      request: booked.matter,
      ...(booked.receiptNo ? { kind: 'link' as const, receiptNo: booked.receiptNo } : {}),
    });
  }, [fromDay.data?.day, booked, form]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordVisit({
        ...(booked ? { appointmentId: booked.id, receptionDayId: booked.receptionDayId } : {}),
        organizationId: v.organizationId,
        receivers: (v.receivers ?? []).filter((r) => r?.name?.trim()).map((r) => ({ name: r.name.trim(), title: r.title?.trim() ?? '' })),
        visitors: (v.visitors ?? []).filter((p) => p?.name?.trim()).map((p) => ({ name: p.name.trim(), phone: p.phone?.trim() || undefined })),
        visitorCount: v.visitorCount,
        request: v.request,
        explanation: v.explanation,
        outcome: v.kind === 'link' ? { kind: 'link', receiptNo: v.receiptNo ?? '' } : { kind: 'register', petition: { category: v.category, title: v.title ?? '', content: v.content ?? '' } },
        promises: toPromiseBodies(v.promises),
        instruction: toInstruction(v.instruction),
      }),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['visits'] });
      void queryClient.invalidateQueries({ queryKey: visitsKeys.visits });
      if (dayId > 0) void queryClient.invalidateQueries({ queryKey: dayKey(dayId) });
      setDone(r);
    },
  });
  if (!hasRole(user, 'clerk', 'leader')) return <Result status="403" title={t('visits.record.notAllowed')} />;
  if (done) return <VisitDone recorded={done} dayId={appointmentId > 0 && dayId > 0 ? dayId : undefined} onNext={() => (setDone(undefined), form.resetFields(), save.reset(), (filledFor.current = 0), setParams({}))} />;
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      {appointmentId > 0 && fromDay.error && <Alert type="error" showIcon role="alert" title={fromDay.error.message} className="visits-gap" />}
      {appointment && fromDay.data && (
        <Alert
          type={booked ? 'info' : 'warning'}
          showIcon
          role="status"
          className="visits-gap"
          title={t(booked ? 'visits.record.fromBooking' : 'visits.record.bookingNotOpen', {
            no: appointment.bookingNo,
            day: fromDay.data.day.day,
            time: appointment.slotStartsAt,
            name: appointment.nameMasked,
          })}
          description={booked ? t('visits.record.fromBookingHint') : undefined}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        className="visits-form"
        initialValues={{ organizationId: user.organizationId, kind: 'register', category: 'claim', visitors: [{ name: '' }], receivers: [{ name: user.displayName, title: '' }] }}
        onFinish={(v) => save.mutate(v)}
        onKeyDown={saveOnCtrlEnter(form)}
        scrollToFirstError
      >
        <Form.Item name="organizationId" label={t('visits.record.org')} rules={[{ required: true }]}>
          <OrgTreeSelect aria-label={t('visits.record.org')} />
        </Form.Item>
        <PeopleField name="receivers" legend={t('visits.record.receivers')} who={t('visits.people.receiver')} withTitle />
        <PeopleField name="visitors" legend={t('visits.record.visitors')} who={t('visits.people.visitor')} autoFocus />
        <Form.Item name="visitorCount" label={t('visits.record.visitorCount')} extra={t('visits.record.visitorCountHint')}>
          <InputNumber min={1} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="request" label={t('visits.record.request')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="explanation" label={t('visits.record.explanation')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="kind" label={t('visits.record.outcome')}>
          <Radio.Group optionType="button" options={[{ value: 'register', label: t('visits.record.register') }, { value: 'link', label: t('visits.record.link') }]} />
        </Form.Item>
        {kind === 'register' ? (
          <>
            <Form.Item name="category" label={t('visits.record.category')}>
              <Select options={(['claim', 'suggestion', 'accusation'] as const).map((c) => ({ value: c, label: t(`enums.category.${c}`) }))} />
            </Form.Item>
            <Form.Item name="title" label={t('visits.record.caseTitle')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="content" label={t('visits.record.content')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="receiptNo" label={t('visits.record.receiptNo')} rules={[{ required: true, whitespace: true, message: t('visits.required') }]}>
            <Input maxLength={40} placeholder="XF20261102000001" />
          </Form.Item>
        )}
        <PromisesField />
        {hasRole(user, 'leader') && <InstructionFields />}
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} className="visits-gap" />}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('visits.record.save')}
          </Button>
          <Typography.Text type="secondary">{t('visits.record.shortcut')}</Typography.Text>
        </Space>
      </Form>
      <RecentVisits />
    </>
  );
}

function VisitDone({ recorded, dayId, onNext }: { recorded: VisitRecorded; dayId: number | undefined; onNext: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card className="visits-done" aria-labelledby="visit-done-heading">
      <h2 id="visit-done-heading" ref={heading} tabIndex={-1}>
        {recorded.outcome === 'registered' ? t('visits.done.registered') : t('visits.done.linked')}
      </h2>
      <Descriptions column={1} bordered size="middle">
        <Descriptions.Item label={t('visits.done.receiptNo')}>
          <span className="visits-code">{recorded.receiptNo}</span>
        </Descriptions.Item>
        {recorded.queryCode && (
          <Descriptions.Item label={t('visits.done.queryCode')}>
            <span className="visits-code">{recorded.queryCode}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('visits.done.followUps')}>{recorded.followUpIds.length}</Descriptions.Item>
      </Descriptions>
      {recorded.queryCode && <Typography.Paragraph className="visits-gap">{t('visits.done.handOver')}</Typography.Paragraph>}
      <Space wrap className="visits-gap">
        <Button type="primary" onClick={onNext}>
          {t('visits.done.next')}
        </Button>
        <Link to={`/reception/visits/${recorded.id}`}>{t('visits.done.open')}</Link>
        <Link to={`/cases/${recorded.petitionId}`}>{t('visits.done.openCase')}</Link>
        {dayId !== undefined && <Link to={`/reception/days/${dayId}`}>{t('visits.done.backToDay')}</Link>}
      </Space>
    </Card>
  );
}
