import { Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Scope, SupervisedOrg } from './supervision.api.ts';

interface Props {
  organizations: SupervisedOrg[];
  selectedId: number | undefined;
  onOpen: (orgId: number, scope: Scope) => void;
}

/**
 * Each organisation holding open cases, in the tree's order (parents before their units), so the
 * table reads as the organisation chart and never as a league table; sorting is the reader's choice.
 */
export function OrgOverviewTable({ organizations, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const depth = (path: string) => path.split('/').length - 3;
  const minDepth = Math.min(...organizations.map((o) => depth(o.path)));
  const columns: ColumnsType<SupervisedOrg> = [
    {
      title: t('supervision.col.organization'),
      dataIndex: 'name',
      render: (name: string, o) => <span style={{ paddingLeft: (depth(o.path) - minDepth) * 16 }}>{name}</span>,
    },
    { title: t('supervision.col.overdue'), dataIndex: 'overdue', width: 110, align: 'right', sorter: (a, b) => a.overdue - b.overdue, render: (n: number) => <span className={n > 0 ? 'sv-overdue' : ''}>{n}</span> },
    { title: t('supervision.col.dueSoon'), dataIndex: 'dueSoon', width: 110, align: 'right', sorter: (a, b) => a.dueSoon - b.dueSoon, render: (n: number) => <span className={n > 0 ? 'sv-duesoon' : ''}>{n}</span> },
    { title: t('supervision.col.open'), dataIndex: 'open', width: 130, align: 'right' },
    {
      title: t('supervision.col.cases'),
      key: 'actions',
      width: 230,
      render: (_: unknown, o) => (
        <Space size={4}>
          <Button size="small" type={o.overdue > 0 ? 'primary' : 'default'} disabled={o.overdue === 0} onClick={() => onOpen(o.orgId, 'overdue')} aria-label={t('supervision.showOverdueOf', { name: o.name })}>
            {t('supervision.showOverdue')}
          </Button>
          <Button size="small" onClick={() => onOpen(o.orgId, 'open')} aria-label={t('supervision.showOpenOf', { name: o.name })}>
            {t('supervision.showOpen')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<SupervisedOrg>
      rowKey="orgId"
      size="middle"
      columns={columns}
      dataSource={organizations}
      pagination={false}
      scroll={{ x: 760 }}
      rowClassName={(o) => (o.orgId === selectedId ? 'sv-row-selected' : '')}
      locale={{ emptyText: t('supervision.nothingOpen') }}
      caption={<span className="sv-caption">{t('supervision.tableCaption')}</span>}
    />
  );
}
