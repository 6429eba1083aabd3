import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../common/OrgTreeSelect.tsx';
import { todayLocal } from '../../common/format.ts';
import { useSession } from '../../session/session.ts';
import { type ChangeResult, type DayValues, type ReceptionDay, createDay, daysKey, updateDay } from './days.api.ts';

type Values = DayValues & { changeNote?: string };

interface Props {
  /** null: a new day. */
  day: ReceptionDay | null;
  onClose: (result?: ChangeResult) => void;
}

/** Create or change a day; a change needs a note, which is what the people who booked will read. */
export function DayFormDialog({ day, onClose }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: async ({ organizationId, changeNote, ...v }: Values) => {
      const body = { ...v, leaders: v.leaders.filter(Boolean).map((l) => ({ name: l.name ?? '', title: l.title ?? '' })) };
      if (day) return updateDay(day.id, { ...body, version: day.version, changeNote: changeNote ?? '' });
      await createDay({ ...body, organizationId });
      return undefined;
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: daysKey });
      onClose(result);
    },
  });
  const initial: Partial<Values> = day
    ? { day: day.day, startsAt: day.startsAt, endsAt: day.endsAt, place: day.place, leaders: day.leaders, topics: day.topics, slotMinutes: day.slotMinutes, slotCapacity: day.slotCapacity }
    : { organizationId: user.organizationId, day: todayLocal(), startsAt: '09:00', endsAt: '11:30', slotMinutes: 30, slotCapacity: 2, leaders: [{ name: '', title: '' }], topics: '' };
  const required = (key: string) => [{ required: true, whitespace: true, message: t(`receptionDays.wb.form.errors.${key}`) }];
  return (
    <Modal
      open
      title={day ? t('receptionDays.wb.form.editTitle', { day: day.day }) : t('receptionDays.wb.form.createTitle')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      okText={day ? t('receptionDays.wb.form.saveChange') : t('receptionDays.wb.form.publish')}
      cancelText={t('receptionDays.wb.close')}
      okButtonProps={{ loading: save.isPending }}
      width={640}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        {!day && (
          <Form.Item name="organizationId" label={t('receptionDays.wb.form.organization')} rules={[{ required: true, message: t('receptionDays.wb.form.errors.organization') }]}>
            <OrgTreeSelect />
          </Form.Item>
        )}
        <div className="rdays-times">
          <Form.Item name="day" label={t('receptionDays.wb.form.day')} rules={required('day')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="startsAt" label={t('receptionDays.wb.form.startsAt')} rules={required('time')}>
            <Input type="time" step={300} />
          </Form.Item>
          <Form.Item name="endsAt" label={t('receptionDays.wb.form.endsAt')} rules={required('time')}>
            <Input type="time" step={300} />
          </Form.Item>
        </div>
        <Form.Item name="place" label={t('receptionDays.wb.form.place')} rules={required('place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="leaders">
          {(fields, { add, remove }) => (
            <fieldset className="rdays-fieldset">
              <legend>{t('receptionDays.wb.form.leaders')}</legend>
              {fields.map((field, i) => (
                <div key={field.key} className="rdays-leader">
                  <Form.Item name={[field.name, 'title']} label={t('receptionDays.wb.form.leaderTitle', { n: i + 1 })}>
                    <Input maxLength={50} placeholder={t('receptionDays.wb.form.leaderTitleHint')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} label={t('receptionDays.wb.form.leaderName', { n: i + 1 })} rules={required('leader')}>
                    <Input maxLength={50} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('receptionDays.wb.form.removeLeader', { n: i + 1 })} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                  )}
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', title: '' })}>
                {t('receptionDays.wb.form.addLeader')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="topics" label={t('receptionDays.wb.form.topics')} extra={t('receptionDays.wb.form.topicsHint')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <div className="rdays-times">
          <Form.Item name="slotMinutes" label={t('receptionDays.wb.form.slotMinutes')} rules={[{ required: true, message: t('receptionDays.wb.form.errors.slotMinutes') }]}>
            <InputNumber min={5} max={480} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="slotCapacity" label={t('receptionDays.wb.form.slotCapacity')} rules={[{ required: true, message: t('receptionDays.wb.form.errors.slotCapacity') }]}>
            <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        {day && (
          <Form.Item name="changeNote" label={t('receptionDays.wb.form.changeNote')} extra={t('receptionDays.wb.form.changeNoteHint')} rules={required('changeNote')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
        {save.error && <Alert type="error" showIcon role="alert" title={save.error.message} />}
      </Form>
    </Modal>
  );
}
