import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

// The names the State Council's notice uses; the server also knows their English names.
export const holidayNames = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'].map((value) => ({ value }));

/** Rest-day ranges, one per holiday (weekend days inside a range may be included or not). */
export function HolidayRows({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <fieldset className="adm-fieldset">
      <legend>{t('admin.calendar.holidays')}</legend>
      <Form.List name="holidays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} className="adm-cal-row">
                <Form.Item name={[field.name, 'name']} label={t('admin.calendar.holidayName')} rules={[{ required: true, whitespace: true, message: t('admin.calendar.nameRequired') }]}>
                  <AutoComplete options={holidayNames} aria-label={t('admin.calendar.holidayNameN', { n: i + 1 })} style={{ width: 150 }} filterOption={false} />
                </Form.Item>
                <Form.Item name={[field.name, 'range']} label={t('admin.calendar.restDays')} rules={[{ required: true, message: t('admin.calendar.rangeRequired') }]}>
                  <DatePicker.RangePicker
                    aria-label={t('admin.calendar.restDaysN', { n: i + 1 })}
                    minDate={dayjs(`${year}-01-01`)}
                    maxDate={dayjs(`${year}-12-31`)}
                    defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]}
                    placeholder={[t('admin.calendar.from'), t('admin.calendar.to')]}
                  />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('admin.calendar.removeHoliday', { n: i + 1 })} className="adm-cal-remove" />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('admin.calendar.addHoliday')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
