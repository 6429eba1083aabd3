import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CallerValues, type ReceptionDay, bookForCaller, dayKey, daysKey } from './days.api.ts';

const newKey = () => `wb-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

/** A clerk books for someone on the phone, then reads out the booking number and code. */
export function BookForCallerDialog({ day, onClose }: { day: ReceptionDay; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CallerValues>();
  // One key per filled-in form: a double click books once.
  const [key] = useState(newKey);
  const book = useMutation({
    mutationFn: (v: CallerValues) => bookForCaller(day.id, { ...v, email: v.email?.trim() || undefined, receiptNo: v.receiptNo?.trim() || undefined }, key),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dayKey(day.id) });
      void queryClient.invalidateQueries({ queryKey: daysKey });
    },
  });
  const receipt = book.data?.receipt;
  const open = day.slots.filter((s) => s.remaining > 0);
  return (
    <Modal
      open
      title={t('receptionDays.wb.bookTitle', { day: day.day })}
      onCancel={onClose}
      onOk={receipt ? onClose : () => form.submit()}
      okText={receipt ? t('receptionDays.wb.done') : t('receptionDays.wb.book')}
      okButtonProps={{ loading: book.isPending }}
      cancelButtonProps={{ style: receipt ? { display: 'none' } : undefined }}
      cancelText={t('receptionDays.wb.close')}
      destroyOnHidden
    >
      {receipt ? (
        <>
          <Alert type="success" showIcon role="status" title={t('receptionDays.wb.bookedReadOut')} />
          <Descriptions bordered column={1} size="small" className="rdays-section">
            <Descriptions.Item label={t('receptionDays.wb.bookingNo')}>
              <span className="rdays-code" data-testid="wb-booking-no">
                {receipt.bookingNo}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('receptionDays.wb.bookingCode')}>
              <span className="rdays-code" data-testid="wb-booking-code">
                {receipt.code}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('receptionDays.wb.time')}>
              {receipt.day} {receipt.slotStartsAt}–{receipt.slotEndsAt}
            </Descriptions.Item>
            <Descriptions.Item label={t('receptionDays.wb.place')}>{receipt.place}</Descriptions.Item>
          </Descriptions>
        </>
      ) : (
        <Form<CallerValues> form={form} layout="vertical" noValidate onFinish={(v) => book.mutate(v)} initialValues={{ slotStartsAt: open[0]?.startsAt }}>
          <Form.Item name="slotStartsAt" label={t('receptionDays.wb.slot')} rules={[{ required: true, message: t('receptionDays.wb.form.errors.slot') }]}>
            <Select
              options={day.slots.map((s) => ({
                value: s.startsAt,
                disabled: s.remaining === 0,
                label: `${s.startsAt}–${s.endsAt}（${t('receptionDays.wb.remaining', { count: s.remaining })}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('receptionDays.wb.callerName')} rules={[{ required: true, whitespace: true, message: t('receptionDays.wb.form.errors.name') }]}>
            <Input maxLength={50} autoFocus />
          </Form.Item>
          <Form.Item name="phone" label={t('receptionDays.wb.callerPhone')} rules={[{ required: true, whitespace: true, message: t('receptionDays.wb.form.errors.phone') }]}>
            <Input maxLength={30} type="tel" />
          </Form.Item>
          <Form.Item name="email" label={t('receptionDays.wb.callerEmail')} extra={t('receptionDays.wb.callerEmailHint')}>
            <Input maxLength={200} type="email" />
          </Form.Item>
          <Form.Item name="matter" label={t('receptionDays.wb.matter')} rules={[{ required: true, whitespace: true, message: t('receptionDays.wb.form.errors.matter') }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="receiptNo" label={t('receptionDays.wb.receiptNo')} extra={t('receptionDays.wb.receiptNoHint')}>
            <Input maxLength={40} />
          </Form.Item>
          {book.error && <Alert type="error" showIcon role="alert" title={book.error.message} />}
        </Form>
      )}
    </Modal>
  );
}
