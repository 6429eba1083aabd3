import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toOrgTree, useOrganizations } from './organizations.ts';

interface Props {
  value?: number | undefined;
  onChange?: (value: number | undefined) => void;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  /** Organisations not to offer (e.g. the current holder). */
  exclude?: readonly number[];
}

/** Pick one organisation from the tree; type to search by name. */
export function OrgTreeSelect({ value, onChange, id, placeholder, exclude = [], ...rest }: Props) {
  const { t } = useTranslation();
  const orgs = useOrganizations();
  const tree = useMemo(() => toOrgTree((orgs.data ?? []).filter((o) => !exclude.includes(o.id))), [orgs.data, exclude]);
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={tree}
      loading={orgs.isPending}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      placeholder={placeholder ?? t('common.pickOrganization')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
