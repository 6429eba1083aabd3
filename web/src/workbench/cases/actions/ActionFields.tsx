import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../common/format.ts';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import type { ActionType } from '../../common/petitions.api.ts';
import type { CaseView } from '../../types.ts';

const decisions = ['support', 'explain', 'reject'] as const;
const reviewResults = ['upheld', 'changed'] as const;
const routes = ['litigation', 'arbitration', 'reconsideration', 'court', 'procuratorate', 'other'] as const;
const methods = ['post', 'inPerson', 'message', 'online'] as const;
const ratings = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;

// Which text field each action asks for, under which label.
const textField: Partial<Record<ActionType, 'reason' | 'opinion' | 'note' | 'text'>> = {
  notAccept: 'reason', notReaccept: 'reason', object: 'reason', extend: 'reason', requestReview: 'reason',
  requestRereview: 'reason', withdraw: 'reason', reply: 'opinion', review: 'opinion', rereview: 'opinion',
  urge: 'note', instruct: 'text',
};

/** The few fields each action needs; names match the API's action body. */
export function ActionFields({ type, view, maxExtension }: { type: ActionType; view: CaseView; maxExtension: number }) {
  const { t } = useTranslation();
  const req = (key: string) => [{ required: true, whitespace: true, message: t(`case.field.${key}Required`) }];
  const future = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD') <= todayLocal();
  const text = textField[type];
  const opts = (group: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`enums.${group}.${v}`) }));
  return (
    <>
      {(type === 'forward' || type === 'assign') && (
        <Form.Item name="toOrgId" label={t('case.field.toOrg')} rules={[{ required: true, message: t('case.field.toOrgRequired') }]}>
          <OrgTreeSelect exclude={[view.holderOrgId]} />
        </Form.Item>
      )}
      {type === 'assign' && (
        <Form.Item name="reportBackOn" label={t('case.field.reportBackOn')} rules={[{ required: true, message: t('case.field.dateRequired') }]}>
          <DatePicker disabledDate={future} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {type === 'notAccept' && (
        <Form.Item name="route" label={t('case.field.route')} rules={[{ required: true, message: t('case.field.routeRequired') }]}>
          <Select options={opts('route', routes)} />
        </Form.Item>
      )}
      {type === 'notReaccept' && (
        <Form.Item name="priorReceiptNo" label={t('case.field.priorReceiptNo')}>
          <Input maxLength={40} />
        </Form.Item>
      )}
      {type === 'extend' && (
        <Form.Item name="days" label={t('case.field.days')} rules={[{ required: true, message: t('case.field.daysRequired') }]} extra={t('case.field.daysHint', { max: maxExtension })}>
          <InputNumber min={1} max={maxExtension} precision={0} controls={false} style={{ width: 160 }} />
        </Form.Item>
      )}
      {type === 'reply' && (
        <Form.Item name="decision" label={t('case.field.decision')} rules={[{ required: true, message: t('case.field.decisionRequired') }]}>
          <Radio.Group optionType="button" options={opts('decision', decisions)} />
        </Form.Item>
      )}
      {(type === 'review' || type === 'rereview') && (
        <Form.Item name="result" label={t('case.field.result')} rules={[{ required: true, message: t('case.field.resultRequired') }]}>
          <Radio.Group optionType="button" options={opts('reviewResult', reviewResults)} />
        </Form.Item>
      )}
      {type === 'deliver' && (
        <>
          <Form.Item name="documentId" label={t('case.field.document')} rules={[{ required: true, message: t('case.field.documentRequired') }]}>
            <Select options={view.documents.filter((d) => !d.deliveredOn).map((d) => ({ value: d.id, label: d.title }))} />
          </Form.Item>
          <Form.Item name="method" label={t('case.field.method')} rules={[{ required: true, message: t('case.field.methodRequired') }]}>
            <Radio.Group optionType="button" options={opts('deliveryMethod', view.anonymous ? [...methods, 'unreachable'] : methods)} />
          </Form.Item>
          <Form.Item name="deliveredOn" label={t('case.field.deliveredOn')}>
            <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > todayLocal()} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {type === 'evaluate' && (
        <Form.Item name="rating" label={t('case.field.rating')} rules={[{ required: true, message: t('case.field.ratingRequired') }]}>
          <Radio.Group optionType="button" options={opts('rating', ratings)} />
        </Form.Item>
      )}
      {type === 'link' && (
        <Form.Item name="receiptNo" label={t('case.field.receiptNo')} rules={req('receiptNo')}>
          <Input maxLength={40} />
        </Form.Item>
      )}
      {text && (
        <Form.Item name={text} label={t(`case.field.${text}`)} rules={req(text)}>
          <Input.TextArea autoSize={{ minRows: text === 'opinion' ? 6 : 3, maxRows: 16 }} maxLength={text === 'opinion' ? 20000 : 2000} />
        </Form.Item>
      )}
      {type === 'evaluate' && (
        <Form.Item name="comment" label={t('case.field.comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      )}
      {type === 'instruct' && (
        <>
          <Form.Item name="responsibleOrgId" label={t('case.field.responsibleOrg')}>
            <OrgTreeSelect />
          </Form.Item>
          <Form.Item name="dueOn" label={t('case.field.instructionDueOn')}>
            <DatePicker disabledDate={future} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}
