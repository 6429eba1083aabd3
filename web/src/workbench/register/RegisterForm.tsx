import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPetition } from '../common/petitions.api.ts';
import { requiredMark } from '../common/requiredMark.tsx';
import { useSession } from '../session/session.ts';
import { categories, channels } from '../types.ts';
import { AttachmentsField } from './AttachmentsField.tsx';
import { PetitionersField } from './PetitionersField.tsx';
import { PlaceFields } from './PlaceFields.tsx';
import { RelatedPanel } from './RelatedPanel.tsx';
import { RespondentField } from './RespondentField.tsx';
import { type RegisterValues, lastChannel, rememberChannel, toRegisterBody } from './registerValues.ts';
import { formKeyHandler, newIdempotencyKey } from './useFormKeys.ts';

export type Receipt = Awaited<ReturnType<typeof registerPetition>>;

/** The registration form, in the order a clerk reads a letter or hears a visitor. */
export function RegisterForm({ onRegistered }: { onRegistered: (r: Receipt, v: RegisterValues) => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [form] = Form.useForm<RegisterValues>();
  // One key per form instance: a double click, a retry after a timeout, register once.
  const [key] = useState(newIdempotencyKey);
  const category = Form.useWatch('category', form);
  const anonymous = Form.useWatch('anonymous', form) && category === 'accusation';
  const [title, content, respondentText, first] = [Form.useWatch('title', form), Form.useWatch('content', form), Form.useWatch('respondentText', form), Form.useWatch(['petitioners', 0], form)];
  const offices = user.grants.filter((g) => g.role === 'clerk');
  const register = useMutation({
    mutationFn: (v: RegisterValues) => registerPetition(toRegisterBody(v), key),
    onSuccess: (receipt, v) => (rememberChannel(v.channel), onRegistered(receipt, v)),
  });
  const labelled = (k: string) => ({ label: t(`register.${k}`), name: k });
  const required = (k: string) => [{ required: true, whitespace: true, message: t(`register.${k}Required`) }];
  return (
    <Row gutter={24}>
      <Col xs={24} xl={16}>
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          requiredMark={requiredMark}
          onFinish={(v) => register.mutate(v)}
          onKeyDownCapture={formKeyHandler(() => form.submit())}
          initialValues={{ channel: lastChannel(), petitioners: [{}], respondentMode: 'text', registeringOrgId: user.organizationId }}
          scrollToFirstError={{ focus: true, block: 'center' }}
          aria-label={t('register.pageTitle')}
        >
          {offices.length > 1 && (
            <Form.Item {...labelled('registeringOrgId')}>
              <Select options={offices.map((g) => ({ value: g.organizationId, label: g.organizationName }))} />
            </Form.Item>
          )}
          <Form.Item {...labelled('channel')} rules={[{ required: true, message: t('register.channelRequired') }]}>
            <Radio.Group optionType="button" options={channels.map((c) => ({ value: c, label: t(`enums.channel.${c}`) }))} />
          </Form.Item>
          <Form.Item {...labelled('category')} rules={[{ required: true, message: t('register.categoryRequired') }]} extra={category && t(`register.categoryHint.${category}`)}>
            <Radio.Group optionType="button" options={categories.map((c) => ({ value: c, label: t(`enums.category.${c}`) }))} />
          </Form.Item>
          <Form.Item {...labelled('classification')} extra={t('register.classificationHint')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item {...labelled('title')} rules={required('title')}>
            <Input maxLength={100} showCount />
          </Form.Item>
          <Form.Item {...labelled('request')} rules={required('request')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          <Form.Item {...labelled('content')} rules={required('content')}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
          </Form.Item>
          <Typography.Title level={5}>{t('register.petitioners')}</Typography.Title>
          <Form.Item name="anonymous" valuePropName="checked" extra={category === 'accusation' ? t('register.anonymousSealed') : t('register.anonymousOnlyAccusation')}>
            <Checkbox disabled={category !== 'accusation'}>{t('register.anonymous')}</Checkbox>
          </Form.Item>
          {!anonymous && <PetitionersField />}
          <Form.Item {...labelled('signerCount')} extra={t('register.signerCountHint')}>
            <InputNumber min={1} max={100000} precision={0} controls={false} style={{ width: 160 }} />
          </Form.Item>
          <Typography.Title level={5}>{t('register.aboutWhat')}</Typography.Title>
          <RespondentField />
          <PlaceFields />
          <AttachmentsField />
          {register.error && <Alert type="error" showIcon role="alert" title={register.error.message} style={{ marginBottom: 16 }} />}
          <Space>
            <Button type="primary" htmlType="submit" size="large" loading={register.isPending} aria-keyshortcuts="Control+Enter">
              {t('register.submit')}
            </Button>
            <Typography.Text type="secondary">{t('register.keysHint')}</Typography.Text>
          </Space>
        </Form>
      </Col>
      <Col xs={24} xl={8}>
        <div className="reg-aside">
          <RelatedPanel input={{ text: [title, content].filter(Boolean).join('\n'), respondentText, petitioner: anonymous ? undefined : first }} />
        </div>
      </Col>
    </Row>
  );
}
