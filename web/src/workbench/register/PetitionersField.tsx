import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPhone, isResidentId } from './validators.ts';

const MAX = 50;

/** One or more petitioners; the first name is required (unless anonymous, handled by the form). */
export function PetitionersField() {
  const { t } = useTranslation();
  const optional = (check: (v: string) => boolean, key: string) => ({
    validator: (_: unknown, v?: string) => (!v?.trim() || check(v) ? Promise.resolve() : Promise.reject(new Error(t(key)))),
  });
  return (
    <Form.List name="petitioners">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <fieldset key={field.key} className="reg-petitioner">
              <legend>{t('register.petitionerN', { n: i + 1 })}</legend>
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'name']} label={t('register.name')} rules={i === 0 ? [{ required: true, whitespace: true, message: t('register.nameRequired') }] : []}>
                    <Input maxLength={50} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item name={[field.name, 'idNumber']} label={t('register.idNumber')} rules={[optional(isResidentId, 'register.idNumberInvalid')]}>
                    <Input maxLength={18} autoComplete="off" inputMode="text" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item name={[field.name, 'phone']} label={t('register.phone')} rules={[optional(isPhone, 'register.phoneInvalid')]}>
                    <Input maxLength={30} autoComplete="off" inputMode="tel" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={5}>
                  <Form.Item name={[field.name, 'address']} label={t('register.address')}>
                    <Input maxLength={200} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1} className="reg-remove">
                  {fields.length > 1 && (
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('register.removePetitioner', { n: i + 1 })} onClick={() => remove(field.name)} />
                  )}
                </Col>
              </Row>
            </fieldset>
          ))}
          {fields.length < MAX && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} className="reg-add">
              {t('register.addPetitioner')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
