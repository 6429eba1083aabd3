import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { limitKeys } from './profileSteps.ts';

/**
 * One row per period: its name and what starts it, days, and whether they are calendar or working
 * days. A plain table, because the fields line up and a screen reader announces the row headers.
 */
export function LimitRows() {
  const { t } = useTranslation();
  const unitOptions = [
    { value: 'calendar', label: t('admin.profile.unit.calendar') },
    { value: 'working', label: t('admin.profile.unit.working') },
  ];
  return (
    <table className="adm-limits">
      <thead>
        <tr>
          <th scope="col">{t('admin.profile.col.step')}</th>
          <th scope="col">{t('admin.profile.col.days')}</th>
          <th scope="col">{t('admin.profile.col.unit')}</th>
          <th scope="col">{t('admin.profile.col.statutory')}</th>
        </tr>
      </thead>
      <tbody>
        {limitKeys.map(({ key, statutory }) => {
          const name = t(`admin.enums.limit.${key}`);
          return (
            <tr key={key}>
              <th scope="row">
                <div>{name}</div>
                <div className="adm-muted">{t(`admin.profile.startsAt.${key}`)}</div>
              </th>
              <td>
                <Form.Item name={[key, 'days']} noStyle rules={[{ required: true }]}>
                  <InputNumber min={1} max={365} precision={0} aria-label={t('admin.profile.daysOf', { name })} style={{ width: 110 }} />
                </Form.Item>
              </td>
              <td>
                <Form.Item name={[key, 'unit']} noStyle>
                  <Select options={unitOptions} aria-label={t('admin.profile.unitOf', { name })} style={{ width: 130 }} />
                </Form.Item>
              </td>
              <td className="adm-muted">
                {t('admin.profile.days', { count: statutory.days })} · {t(`admin.profile.unit.${statutory.unit}`)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
