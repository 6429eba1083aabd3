import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { holidayNames } from './HolidayRows.tsx';

/** Adjusted working days (调休上班): weekend days worked in exchange for a holiday, named after it. */
export function WorkdayRows({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <fieldset className="adm-fieldset">
      <legend>{t('admin.calendar.workdays')}</legend>
      <Form.List name="workdays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} className="adm-cal-row">
                <Form.Item name={[field.name, 'name']} label={t('admin.calendar.forHoliday')} rules={[{ required: true, whitespace: true, message: t('admin.calendar.nameRequired') }]}>
                  <AutoComplete options={holidayNames} aria-label={t('admin.calendar.forHolidayN', { n: i + 1 })} style={{ width: 150 }} filterOption={false} />
                </Form.Item>
                <Form.Item name={[field.name, 'date']} label={t('admin.calendar.workday')} rules={[{ required: true, message: t('admin.calendar.dateRequired') }]}>
                  <DatePicker aria-label={t('admin.calendar.workdayN', { n: i + 1 })} minDate={dayjs(`${year}-01-01`)} maxDate={dayjs(`${year}-12-31`)} defaultPickerValue={dayjs(`${year}-01-01`)} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('admin.calendar.removeWorkday', { n: i + 1 })} className="adm-cal-remove" />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('admin.calendar.addWorkday')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
