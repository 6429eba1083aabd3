import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Duty, useCandidates } from './duty.api.ts';

interface Props {
  organizationId: number;
  duty: Duty;
  multiple?: boolean;
  value?: number[] | number | undefined;
  onChange?: (value: number[] | number) => void;
  id?: string;
  exclude?: number[];
}

/** The people who may take a duty at the office; in the multiple form, the order chosen is kept. */
export function PeopleSelect({ organizationId, duty, multiple = true, value, onChange, id, exclude = [] }: Props) {
  const { t } = useTranslation();
  const people = useCandidates(organizationId, duty);
  const options = (people.data?.people ?? [])
    .filter((p) => !exclude.includes(p.id))
    .map((p) => ({ value: p.id, label: `${p.displayName}（${p.organizationName}${p.leader ? ` · ${t('duty.leader')}` : ''}）` }));
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      options={options}
      loading={people.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('duty.choosePeople')}
      notFoundContent={t('duty.noCandidates')}
    />
  );
}
