import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const receivers = ['officeHead', 'unitHead', 'onCallLeader'] as const;

/**
 * By headcount, who must come to receive a group visit and within how many minutes (DOMAIN.md §5).
 * The highest threshold a group reaches applies; below the lowest, a group is received like any visit.
 */
export function GroupVisitRules() {
  const { t } = useTranslation();
  const options = receivers.map((r) => ({ value: r, label: t(`admin.profile.groupVisit.receiver.${r}`) }));
  return (
    <section className="adm-ext" aria-labelledby="group-visit-rules">
      <Typography.Title level={5} id="group-visit-rules">
        {t('admin.profile.groupVisit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.profile.groupVisit.intro')}</Typography.Paragraph>
      <Form.List name="groupVisitRules">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
                <Form.Item name={[field.name, 'minHeadcount']} noStyle rules={[{ required: true }]}>
                  <InputNumber min={2} max={100000} precision={0} prefix="≥" suffix={t('admin.profile.groupVisit.people')} aria-label={t('admin.profile.groupVisit.minHeadcountOf', { n: i + 1 })} style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'receiver']} noStyle rules={[{ required: true }]}>
                  <Select options={options} aria-label={t('admin.profile.groupVisit.receiverOf', { n: i + 1 })} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'withinMinutes']} noStyle rules={[{ required: true }]}>
                  <InputNumber min={5} max={1440} precision={0} suffix={t('admin.profile.groupVisit.minutes')} aria-label={t('admin.profile.groupVisit.withinOf', { n: i + 1 })} style={{ width: 130 }} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('admin.profile.groupVisit.remove', { n: i + 1 })} />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ minHeadcount: 5, receiver: 'officeHead', withinMinutes: 120 })} disabled={fields.length >= 10} style={{ marginBottom: 16 }}>
              {t('admin.profile.groupVisit.add')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}
