import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, DatePicker, Form, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Duty, duties, dutyKey, fill } from './duty.api.ts';
import { dutyLabel } from './labels.ts';
import { PeopleSelect } from './PeopleSelect.tsx';

export interface FillPreset {
  from: string;
  to: string;
  duty: Duty;
}

interface Values {
  duty: Duty;
  range: [Dayjs, Dayjs];
  userIds: number[];
  perDay: number;
  onlyGaps: boolean;
}

/**
 * Fills a range of days from an ordered list of people: the first takes the first day filled, the
 * next the next, round and round (a rotation over the coming weeks).
 */
export function FillDialog({ organizationId, today, preset, onClose }: { organizationId: number; today: string; preset: FillPreset | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const duty = Form.useWatch('duty', form) ?? preset?.duty ?? 'reception';
  const save = useMutation({
    mutationFn: (v: Values) =>
      fill({ organizationId, duty: v.duty, from: v.range[0].format('YYYY-MM-DD'), to: v.range[1].format('YYYY-MM-DD'), userIds: v.userIds, perDay: v.perDay, onlyGaps: v.onlyGaps }),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: dutyKey });
      void message.success(t('duty.filled', { assigned: r.assigned, days: r.days }));
      close();
    },
  });
  useEffect(() => {
    if (preset) form.setFieldsValue({ duty: preset.duty, range: [dayjs(preset.from), dayjs(preset.to)], userIds: [], perDay: 1, onlyGaps: true });
  }, [preset, form]);
  const close = () => {
    save.reset();
    form.resetFields();
    onClose();
  };
  return (
    <Modal open={preset !== undefined} title={t('duty.fillTitle')} okText={t('duty.fillOk')} cancelText={t('duty.cancel')} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} onCancel={close} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="duty" label={t('duty.dutyField')} rules={[{ required: true }]}>
          <Radio.Group onChange={() => form.setFieldValue('userIds', [])} options={duties.map((d) => ({ value: d, label: dutyLabel(t, d) }))} />
        </Form.Item>
        <Form.Item name="range" label={t('duty.range')} rules={[{ required: true, message: t('duty.rangeRequired') }]}>
          <DatePicker.RangePicker minDate={dayjs(today)} aria-label={t('duty.range')} placeholder={[t('duty.from'), t('duty.to')]} />
        </Form.Item>
        <Form.Item name="userIds" label={t('duty.rotation')} extra={t('duty.rotationHint')} rules={[{ required: true, message: t('duty.peopleRequired') }]}>
          <PeopleSelect organizationId={organizationId} duty={duty} />
        </Form.Item>
        <Form.Item name="perDay" label={t('duty.perDay')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10} />
        </Form.Item>
        <Form.Item name="onlyGaps" valuePropName="checked">
          <Checkbox>{t('duty.onlyGaps')}</Checkbox>
        </Form.Item>
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
      </Form>
    </Modal>
  );
}
