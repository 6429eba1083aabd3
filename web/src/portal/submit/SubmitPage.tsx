import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../shared/api.ts';
import { holdCredentials } from '../common/memory.ts';
import { randomKey } from '../common/randomKey.ts';
import type { Receipt } from '../common/types.ts';
import { usePageTitle } from '../common/usePageTitle.ts';
import { AttachmentsStep } from './AttachmentsStep.tsx';
import { type SubmitValues, stepFields, toBody } from './fields.ts';
import { IdentityStep } from './IdentityStep.tsx';
import { MatterStep } from './MatterStep.tsx';
import { ReceiptView } from './ReceiptView.tsx';
import { ReviewStep } from './ReviewStep.tsx';

const names = ['matter', 'identity', 'files', 'confirm'] as const;

/** Submit online: four short steps, then the receipt number and query code. */
export function SubmitPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  usePageTitle(t('portal.submit.title'));
  const [form] = Form.useForm<SubmitValues>();
  const [current, setCurrent] = useState(0);
  const [values, setValues] = useState<SubmitValues>({});
  // One key per filled-in form: a double tap, a retry after a lost answer or a resent request
  // all register the petition once and return the same receipt.
  const [key, setKey] = useState(randomKey);
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = useMutation({
    mutationFn: (v: SubmitValues) => call<Receipt>(api.POST('/api/public/petitions', { body: toBody(v), params: { header: { 'idempotency-key': key } } })),
    onSuccess: (r) => holdCredentials({ receiptNo: r.receiptNo, queryCode: r.queryCode }),
  });

  const go = (step: number) => {
    setCurrent(step);
    window.scrollTo(0, 0);
    // Move focus to the new step's heading so a screen reader announces where the reader is.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const check = async (fields: (keyof SubmitValues)[]) => {
    try {
      await form.validateFields(fields);
      return true;
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return false;
    }
  };
  const next = async () => {
    if (!(await check(stepFields[current] ?? []))) return;
    const all = form.getFieldsValue(true) as SubmitValues;
    if (current === 2 && [...(all.files ?? []), ...(all.photos ?? [])].some((f) => f.status === 'uploading')) {
      message.warning(t('portal.submit.files.stillUploading'));
      return;
    }
    setValues(all);
    go(current + 1);
  };
  // Enter in a field submits the form: before the last step that means "next", never "send".
  const send = async () => {
    if (current < 3) return next();
    const v = form.getFieldsValue(true) as SubmitValues;
    if ((await check(['consent'])) && v.consent === true) submit.mutate(v);
  };
  const again = () => {
    form.resetFields();
    submit.reset();
    setKey(randomKey());
    go(0);
  };

  if (submit.data) return <ReceiptView receipt={submit.data} title={values.title ?? ''} onAgain={again} />;
  const name = names[current] ?? 'matter';
  return (
    <div className="portal-stack">
      <h1 className="portal-h1">{t('portal.submit.title')}</h1>
      <Steps
        size="small"
        titlePlacement="vertical"
        responsive={false}
        current={current}
        onChange={(i) => i < current && go(i)}
        items={names.map((n, i) => ({ title: t(`portal.submit.steps.${n}`), disabled: i > current }))}
      />
      <h2 ref={heading} tabIndex={-1} className="portal-step-title">
        {t('portal.submit.stepOf', { n: current + 1, total: names.length, name: t(`portal.submit.stepTitles.${name}`) })}
      </h2>
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ signerCount: 1, anonymous: false }} onFinish={send}>
        <div hidden={current !== 0}>
          <MatterStep />
        </div>
        <div hidden={current !== 1}>
          <IdentityStep />
        </div>
        <div hidden={current !== 2}>
          <AttachmentsStep />
        </div>
        {current === 3 && <ReviewStep values={values} onEdit={go} error={submit.error} />}
        <div className="portal-form-nav">
          {current > 0 && <Button onClick={() => go(current - 1)}>{t('portal.submit.back')}</Button>}
          {current < 3 ? (
            <Button type="primary" onClick={next}>
              {t('portal.submit.next')}
            </Button>
          ) : (
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              {t('portal.submit.send')}
            </Button>
          )}
        </div>
      </Form>
    </div>
  );
}
