import { Form, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../common/OrgTreeSelect.tsx';

/**
 * Who or what the petition is about: free text (a company, a person, "the neighbourhood committee"),
 * or an organisation of the tree — which also keeps an accusation from being routed to the accused.
 */
export function RespondentField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const mode = Form.useWatch('respondentMode', form) as 'text' | 'org' | undefined;
  return (
    <Form.Item label={t('register.respondent')} required={false}>
      <Form.Item name="respondentMode" noStyle initialValue="text">
        <Segmented
          aria-label={t('register.respondentMode')}
          options={[
            { value: 'text', label: t('register.respondentText') },
            { value: 'org', label: t('register.respondentOrg') },
          ]}
          style={{ marginBottom: 8 }}
        />
      </Form.Item>
      {mode === 'org' ? (
        <Form.Item name="respondentOrgId" noStyle>
          <OrgTreeSelect aria-label={t('register.respondentOrg')} />
        </Form.Item>
      ) : (
        <Form.Item name="respondentText" noStyle>
          <Input aria-label={t('register.respondentText')} maxLength={200} placeholder={t('register.respondentPlaceholder')} />
        </Form.Item>
      )}
    </Form.Item>
  );
}
