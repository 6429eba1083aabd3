import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';

export interface PromiseValues {
  promise: string;
  responsibleOrgId: number;
  dueOn: Dayjs;
}
export const toPromiseBodies = (list: PromiseValues[] | undefined) =>
  (list ?? []).map((p) => ({ promise: p.promise.trim(), responsibleOrgId: p.responsibleOrgId, dueOn: p.dueOn.format('YYYY-MM-DD') }));

/** What was promised, by whom and by when — each becomes a follow-up with its due date. */
export function PromisesField({ name = 'promises' }: { name?: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <fieldset className="visits-fieldset">
          <legend>{t('visits.promises.legend')}</legend>
          {fields.map((field, i) => (
            <div key={field.key} className="visits-promise">
              <Form.Item name={[field.name, 'promise']} label={t('visits.promises.text', { n: i + 1 })} rules={[{ required: true, whitespace: true, message: t('visits.promises.textRequired') }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
              </Form.Item>
              <div className="visits-promise-row">
                <Form.Item name={[field.name, 'responsibleOrgId']} label={t('visits.promises.org')} rules={[{ required: true, message: t('visits.promises.orgRequired') }]} className="visits-grow">
                  <OrgTreeSelect aria-label={t('visits.promises.orgOf', { n: i + 1 })} />
                </Form.Item>
                <Form.Item name={[field.name, 'dueOn']} label={t('visits.promises.dueOn')} rules={[{ required: true, message: t('visits.promises.dueRequired') }]}>
                  <DatePicker aria-label={t('visits.promises.dueOf', { n: i + 1 })} format="YYYY-MM-DD" />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('visits.promises.remove', { n: i + 1 })} className="visits-remove" />
              </div>
            </div>
          ))}
          <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
            {t('visits.promises.add')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
