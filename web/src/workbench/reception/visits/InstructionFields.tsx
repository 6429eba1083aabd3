import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';

export interface InstructionValues {
  text?: string;
  responsibleOrgId?: number;
  dueOn?: Dayjs;
}
export const toInstruction = (v: InstructionValues | undefined) =>
  v?.text?.trim() ? { text: v.text.trim(), responsibleOrgId: v.responsibleOrgId, dueOn: v.dueOn?.format('YYYY-MM-DD') } : undefined;

/** A leader's own instruction (批示): who is responsible and by when. Only shown to leaders. */
export function InstructionFields({ prefix = 'instruction' }: { prefix?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="visits-fieldset">
      <legend>{t('visits.instruction.legend')}</legend>
      <Form.Item name={[prefix, 'text']} label={t('visits.instruction.text')} extra={t('visits.instruction.hint')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <div className="visits-promise-row">
        <Form.Item name={[prefix, 'responsibleOrgId']} label={t('visits.instruction.org')} className="visits-grow">
          <OrgTreeSelect aria-label={t('visits.instruction.org')} />
        </Form.Item>
        <Form.Item name={[prefix, 'dueOn']} label={t('visits.instruction.dueOn')}>
          <DatePicker aria-label={t('visits.instruction.dueOn')} format="YYYY-MM-DD" />
        </Form.Item>
      </div>
    </fieldset>
  );
}
