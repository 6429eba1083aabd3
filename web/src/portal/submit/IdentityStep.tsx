import { Alert, Checkbox, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHONE, validResidentId } from './fields.ts';

/** Step 2: who is asking — or, for reports of misconduct only, no one. */
export function IdentityStep() {
  const { t } = useTranslation();
  const category = Form.useWatch('category');
  const anonymous = Form.useWatch('anonymous') === true && category === 'accusation';
  const check = (ok: (v: string) => boolean, key: string) => ({
    validator: (_: unknown, v?: string) => (!v?.trim() || ok(v) ? Promise.resolve() : Promise.reject(new Error(t(`portal.submit.errors.${key}`)))),
  });
  return (
    <>
      <Alert type="info" showIcon title={t('portal.submit.identity.why')} className="portal-block" />
      {category === 'accusation' && (
        <Form.Item name="anonymous" valuePropName="checked" extra={t('portal.submit.identity.anonymousHelp')}>
          <Checkbox>{t('portal.submit.identity.anonymous')}</Checkbox>
        </Form.Item>
      )}
      {anonymous ? (
        <Alert type="warning" showIcon title={t('portal.submit.identity.anonymousNote')} className="portal-block" />
      ) : (
        <>
          <Form.Item name="name" label={t('portal.submit.identity.name')} rules={[{ required: true, whitespace: true, message: t('portal.submit.errors.name') }]}>
            <Input maxLength={50} autoComplete="name" />
          </Form.Item>
          <Form.Item name="idNumber" label={t('portal.submit.identity.idNumber')} extra={t('portal.submit.identity.idNumberHelp')} rules={[check(validResidentId, 'idNumber')]}>
            <Input maxLength={18} autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item name="phone" label={t('portal.submit.identity.phone')} extra={t('portal.submit.identity.phoneHelp')} rules={[check((v) => PHONE.test(v.trim()), 'phone')]}>
            <Input maxLength={20} type="tel" inputMode="tel" autoComplete="tel" />
          </Form.Item>
          <Form.Item name="address" label={t('portal.submit.identity.address')} extra={t('portal.submit.identity.addressHelp')}>
            <Input maxLength={200} autoComplete="street-address" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="signerCount"
        label={t('portal.submit.identity.signerCount')}
        extra={t('portal.submit.identity.signerCountHelp')}
        rules={[{ required: true, type: 'integer', min: 1, max: 100000, message: t('portal.submit.errors.signerCount') }]}
      >
        <InputNumber min={1} max={100000} precision={0} inputMode="numeric" className="portal-number" />
      </Form.Item>
    </>
  );
}
