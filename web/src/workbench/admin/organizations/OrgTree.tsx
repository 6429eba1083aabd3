import { Empty, Spin, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../types.ts';
import { kindLabel } from '../labels.ts';

interface Props {
  organizations: Organization[];
  loading: boolean;
  filter: string;
  selectedId: number | undefined;
  onSelect: (id: number | undefined) => void;
}

/** The tree, fully open (a county has tens of units); a filter keeps matches and their ancestors. */
export function OrgTree({ organizations, loading, filter, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const matches = organizations.filter((o) => !filter || o.name.includes(filter) || o.divisionCode?.startsWith(filter));
    const keep = new Set(matches.flatMap((o) => o.path.split('/').filter(Boolean).map(Number)));
    const nodes = new Map<number, DataNode & { children: DataNode[] }>();
    const roots: DataNode[] = [];
    for (const o of organizations) {
      if (!keep.has(o.id)) continue;
      const node = {
        key: o.id,
        title: (
          <span className="adm-org-node">
            {o.name}
            <Tag className="adm-kind">{kindLabel(t, o.kind)}</Tag>
            {o.divisionCode && <span className="adm-code">{o.divisionCode}</span>}
          </span>
        ),
        children: [],
      };
      nodes.set(o.id, node);
      const parent = o.parentId === null ? undefined : nodes.get(o.parentId);
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }, [organizations, filter, t]);
  if (loading) return <Spin />;
  if (treeData.length === 0) return <Empty description={t('admin.org.none')} />;
  return (
    <Tree
      aria-label={t('admin.org.treeLabel')}
      treeData={treeData}
      defaultExpandAll
      key={filter}
      blockNode
      selectedKeys={selectedId === undefined ? [] : [selectedId]}
      onSelect={(keys) => onSelect(keys[0] === undefined ? undefined : Number(keys[0]))}
    />
  );
}
