import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  legend: string;
  /** Names each row for screen readers: 来访人 1, 代表 2 … */
  who: string;
  /** Receivers carry a title (局长, 副县长); visitors a phone. */
  withTitle?: boolean;
  autoFocus?: boolean;
  /** At most this many rows (a group's five representatives). */
  max?: number;
  maxHint?: string;
}

/** A repeatable list of people: name plus title or phone. */
export function PeopleField({ name, legend, who, withTitle = false, autoFocus = false, max, maxHint }: Props) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <fieldset className="visits-fieldset">
          <legend>{legend}</legend>
          {fields.map((field, i) => (
            <div key={field.key} className="visits-person">
              <Form.Item name={[field.name, 'name']} label={t('visits.people.name', { who, n: i + 1 })} className="visits-grow">
                <Input maxLength={50} autoFocus={autoFocus && i === 0} />
              </Form.Item>
              <Form.Item name={[field.name, withTitle ? 'title' : 'phone']} label={withTitle ? t('visits.people.title', { who, n: i + 1 }) : t('visits.people.phone', { who, n: i + 1 })} className="visits-grow">
                <Input maxLength={withTitle ? 50 : 30} inputMode={withTitle ? 'text' : 'tel'} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('visits.people.remove', { who, n: i + 1 })} className="visits-remove" />
            </div>
          ))}
          <Button type="dashed" onClick={() => add({ name: '' })} icon={<PlusOutlined />} disabled={max !== undefined && fields.length >= max}>
            {t('visits.people.add', { who })}
          </Button>
          {max !== undefined && fields.length >= max && maxHint && <div className="visits-hint" role="status">{maxHint}</div>}
        </fieldset>
      )}
    </Form.List>
  );
}
