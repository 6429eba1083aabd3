import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueTag } from '../common/DueTag.tsx';
import type { PetitionSummary } from '../types.ts';

interface Props {
  items: PetitionSummary[];
  loading: boolean;
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}

/** The inbox rows; the selected one (keyboard or click) is highlighted and announced. */
export function InboxTable({ items, loading, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<PetitionSummary> = [
    {
      title: t('inbox.col.receiptNo'),
      dataIndex: 'receiptNo',
      width: 170,
      render: (no: string, r) => (
        <Link to={`/cases/${r.id}`} className="inbox-receipt">
          {no}
        </Link>
      ),
    },
    {
      title: t('inbox.col.title'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, r) => (
        <>
          <Typography.Text>{title}</Typography.Text>
          {r.signerCount > 1 && <span className="inbox-signers">{t('inbox.signers', { count: r.signerCount })}</span>}
        </>
      ),
    },
    { title: t('inbox.col.category'), dataIndex: 'category', width: 110, render: (c: string) => t(`enums.category.${c}`) },
    { title: t('inbox.col.channel'), dataIndex: 'channel', width: 80, render: (c: string) => t(`enums.channel.${c}`) },
    { title: t('inbox.col.step'), dataIndex: 'step', width: 130, render: (s: string) => t(`enums.step.${s}`) },
    { title: t('inbox.col.holder'), dataIndex: 'holderOrgName', width: 180, ellipsis: true },
    { title: t('inbox.col.registeredOn'), dataIndex: 'registeredOn', width: 110 },
    {
      title: t('inbox.col.due'),
      dataIndex: 'dueOn',
      width: 190,
      render: (_: unknown, r) => <DueTag dueOn={r.dueOn} status={r.dueStatus} petitionId={r.id} />,
    },
  ];
  return (
    <Table<PetitionSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('inbox.empty') }}
      rowClassName={(r) => (r.id === selectedId ? 'inbox-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onSelect(r.id), 'aria-selected': r.id === selectedId } as React.HTMLAttributes<HTMLElement>)}
    />
  );
}
