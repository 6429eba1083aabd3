import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Form, Input, Popconfirm, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../common/format.ts';
import { dutyKey, removeShift, swapShift, useShift } from './duty.api.ts';
import { dayLabel, dutyLabel } from './labels.ts';
import { PeopleSelect } from './PeopleSelect.tsx';

interface Props {
  shiftId: number | undefined;
  canEdit: boolean;
  today: string;
  onClose: () => void;
}

/** One shift: who is on it, every swap with its reason, and (for the roster's keepers) a swap or removal. */
export function ShiftDrawer({ shiftId, canEdit, today, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const shift = useShift(shiftId);
  const [form] = Form.useForm<{ toUserId: number; reason: string }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: dutyKey });
  const swap = useMutation({
    mutationFn: (v: { toUserId: number; reason: string }) => swapShift(shiftId ?? 0, v.toUserId, v.reason),
    onSuccess: async () => {
      form.resetFields();
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => removeShift(shiftId ?? 0),
    onSuccess: async () => {
      onClose();
      await refresh();
    },
  });
  const s = shift.data;
  const editable = canEdit && s !== undefined && s.day >= today;
  return (
    <Drawer open={shiftId !== undefined} onClose={onClose} title={s ? `${dayLabel(t, s.day)} ${dutyLabel(t, s.duty)}` : t('duty.shift')} size={460} destroyOnHidden>
      {shift.isPending && <Spin />}
      {shift.error && <Alert type="error" showIcon role="alert" title={shift.error.message} />}
      {s && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('duty.onDuty')}>
              <strong>{s.displayName}</strong>（{s.userOrganizationName}）
            </Descriptions.Item>
            <Descriptions.Item label={t('duty.office')}>{s.organizationName}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} className="duty-swaps">
            {t('duty.swapHistory')}
          </Typography.Title>
          {s.swaps.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('duty.noSwaps')}</Typography.Paragraph>
          ) : (
            <Timeline
              items={s.swaps.map((w) => ({
                key: w.id,
                content: (
                  <>
                    <div>{t('duty.swapLine', { from: w.fromName, to: w.toName })}</div>
                    <div>{t('duty.swapReason', { reason: w.reason })}</div>
                    <div className="duty-muted">
                      {t('duty.swapBy', { name: w.swappedByName })} · <time dateTime={w.swappedAt}>{formatInstant(w.swappedAt)}</time>
                    </div>
                  </>
                ),
              }))}
            />
          )}
          {editable && (
            <>
              <Typography.Title level={5}>{t('duty.swap')}</Typography.Title>
              <Form form={form} layout="vertical" onFinish={(v) => swap.mutate(v)}>
                <Form.Item name="toUserId" label={t('duty.swapTo')} rules={[{ required: true, message: t('duty.swapToRequired') }]}>
                  <PeopleSelect organizationId={s.organizationId} duty={s.duty} multiple={false} exclude={[s.userId]} />
                </Form.Item>
                <Form.Item name="reason" label={t('duty.reason')} rules={[{ required: true, whitespace: true, message: t('duty.reasonRequired') }, { max: 500 }]}>
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
                {swap.error && <Alert type="error" showIcon role="alert" title={swap.error.message} style={{ marginBottom: 12 }} />}
                <Button type="primary" htmlType="submit" loading={swap.isPending}>
                  {t('duty.swapOk')}
                </Button>
              </Form>
              <Popconfirm title={t('duty.removeConfirm', { name: s.displayName })} okText={t('duty.remove')} cancelText={t('duty.cancel')} onConfirm={() => remove.mutateAsync()}>
                <Button danger style={{ marginTop: 24 }}>
                  {t('duty.remove')}
                </Button>
              </Popconfirm>
              {remove.error && <Alert type="error" showIcon role="alert" title={remove.error.message} style={{ marginTop: 12 }} />}
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
