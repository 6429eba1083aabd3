import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOffices } from '../common/queries.ts';
import { categories } from '../common/types.ts';

/** Step 1: what the matter is. The category decides the route, so each is explained. */
export function MatterStep() {
  const { t } = useTranslation();
  const offices = useOffices();
  const required = (field: string) => [{ required: true, whitespace: true, message: t(`portal.submit.errors.${field}`) }];
  return (
    <>
      <Form.Item name="category" label={t('portal.submit.matter.category')} rules={[{ required: true, message: t('portal.submit.errors.category') }]}>
        <Radio.Group className="portal-choices" aria-label={t('portal.submit.matter.category')}>
          {categories.map((c) => (
            <Radio key={c} value={c} className="portal-choice">
              <strong>{t(`portal.category.${c}.label`)}</strong>
              <span className="portal-choice-help">{t(`portal.category.${c}.explain`)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="title" label={t('portal.submit.matter.title')} extra={t('portal.submit.matter.titleHelp')} rules={required('title')}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="request" label={t('portal.submit.matter.request')} extra={t('portal.submit.matter.requestHelp')} rules={required('request')}>
        <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="content" label={t('portal.submit.matter.content')} extra={t('portal.submit.matter.contentHelp')} rules={required('content')}>
        <Input.TextArea maxLength={20000} showCount autoSize={{ minRows: 6, maxRows: 16 }} />
      </Form.Item>
      <Form.Item name="respondentText" label={t('portal.submit.matter.respondent')} extra={t('portal.submit.matter.respondentHelp')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="placeAddress" label={t('portal.submit.matter.place')} extra={t('portal.submit.matter.placeHelp')}>
        <Input maxLength={200} />
      </Form.Item>
      {/* Most counties have one petition office; the choice appears only where there are several. */}
      {(offices.data?.length ?? 0) > 1 && (
        <Form.Item name="officeId" label={t('portal.submit.matter.office')} extra={t('portal.submit.matter.officeHelp')}>
          <Select options={offices.data?.map((o) => ({ value: o.id, label: o.name }))} allowClear />
        </Form.Item>
      )}
    </>
  );
}
