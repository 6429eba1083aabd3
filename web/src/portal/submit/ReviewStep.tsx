import { Button, Checkbox, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useOffices } from '../common/queries.ts';
import { isAnonymous, type SubmitValues, uploaded } from './fields.ts';

function Section({ title, step, onEdit, children }: { title: string; step: number; onEdit: (step: number) => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="portal-summary">
      <div className="portal-summary-head">
        <h3>{title}</h3>
        <Button type="link" onClick={() => onEdit(step)} aria-label={t('portal.submit.review.editWhat', { what: title })}>
          {t('portal.submit.review.edit')}
        </Button>
      </div>
      <dl>{children}</dl>
    </section>
  );
}

const Row = ({ label, value }: { label: string; value?: ReactNode }) =>
  value === undefined || value === '' ? null : (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

/** Step 4: everything once more, the consent to the handling of personal data, and send. */
export function ReviewStep({ values: v, onEdit, error }: { values: SubmitValues; onEdit: (step: number) => void; error: unknown }) {
  const { t } = useTranslation();
  const office = useOffices().data?.find((o) => o.id === v.officeId);
  const files = uploaded(v);
  const m = (k: string) => t(`portal.submit.matter.${k}`);
  const i = (k: string) => t(`portal.submit.identity.${k}`);
  return (
    <>
      <p>{t('portal.submit.review.intro')}</p>
      <Section title={t('portal.submit.stepTitles.matter')} step={0} onEdit={onEdit}>
        <Row label={m('category')} value={v.category && t(`portal.category.${v.category}.label`)} />
        <Row label={m('title')} value={v.title} />
        <Row label={m('request')} value={v.request} />
        <Row label={m('content')} value={v.content} />
        <Row label={m('respondent')} value={v.respondentText} />
        <Row label={m('place')} value={v.placeAddress} />
        <Row label={m('office')} value={office?.name} />
      </Section>
      <Section title={t('portal.submit.stepTitles.identity')} step={1} onEdit={onEdit}>
        {isAnonymous(v) ? (
          <Row label={i('name')} value={t('portal.submit.review.anonymous')} />
        ) : (
          <>
            <Row label={i('name')} value={v.name} />
            <Row label={i('idNumber')} value={v.idNumber} />
            <Row label={i('phone')} value={v.phone} />
            <Row label={i('address')} value={v.address} />
          </>
        )}
        <Row label={i('signerCount')} value={String(v.signerCount ?? 1)} />
      </Section>
      <Section title={t('portal.submit.stepTitles.files')} step={2} onEdit={onEdit}>
        <Row label={t('portal.submit.files.label')} value={files.length ? files.map((f) => f.name).join('、') : t('portal.submit.review.noFiles')} />
      </Section>
      <Form.Item
        name="consent"
        valuePropName="checked"
        rules={[{ validator: (_, ok) => (ok ? Promise.resolve() : Promise.reject(new Error(t('portal.submit.errors.consent')))) }]}
      >
        <Checkbox className="portal-consent">{t('portal.submit.review.consent')}</Checkbox>
      </Form.Item>
      <ErrorAlert error={error} />
    </>
  );
}
