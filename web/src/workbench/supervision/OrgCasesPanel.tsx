import { CloseOutlined, NotificationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueTag } from '../common/DueTag.tsx';
import { hasRole, useSession } from '../session/session.ts';
import { UrgeDialog } from './UrgeDialog.tsx';
import { type CaseRow, type Scope, useOrgCases } from './supervision.api.ts';

interface Props {
  orgId: number;
  name: string;
  scope: Scope;
  onScope: (scope: Scope) => void;
  onClose: () => void;
}

/** The cases behind one organisation's figures; pick several and urge them with one note. */
export function OrgCasesPanel({ orgId, name, scope, onScope, onClose }: Props) {
  const { t } = useTranslation();
  const cases = useOrgCases(orgId, scope);
  // Leaders watch the same figures but urging is a supervisor's act (the API refuses it to others).
  const canUrge = hasRole(useSession().user, 'supervisor');
  const [selected, setSelected] = useState<number[]>([]);
  const [urging, setUrging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening a drill-down moves the reader (and a screen reader's focus) to it.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, []);
  useEffect(() => setSelected([]), [scope]);

  const columns: ColumnsType<CaseRow> = [
    { title: t('supervision.col.receiptNo'), dataIndex: 'receiptNo', width: 170, render: (no: string, r) => <Link to={`/cases/${r.id}`}>{no}</Link> },
    { title: t('supervision.col.title'), dataIndex: 'title', ellipsis: true },
    { title: t('supervision.col.step'), dataIndex: 'stepLabel', width: 120 },
    { title: t('supervision.col.registeredOn'), dataIndex: 'registeredOn', width: 120 },
    { title: t('supervision.col.due'), dataIndex: 'dueOn', width: 200, render: (_: unknown, r) => <DueTag dueOn={r.dueOn} status={r.dueStatus} petitionId={r.id} /> },
  ];
  const chosen = cases.items.filter((c) => selected.includes(c.id));

  return (
    <Card className="sv-cases" size="small">
      <div className="sv-cases-head">
        <Typography.Title level={4} ref={heading} tabIndex={-1} style={{ margin: 0 }}>
          {t('supervision.casesOf', { name })}
        </Typography.Title>
        <Button type="text" icon={<CloseOutlined aria-hidden />} onClick={onClose} aria-label={t('supervision.closeCases')} />
      </div>
      <Space wrap className="sv-cases-bar">
        <Segmented<Scope>
          aria-label={t('supervision.scopeLabel')}
          value={scope}
          onChange={onScope}
          options={[
            { value: 'overdue', label: t('supervision.scope.overdue') },
            { value: 'open', label: t('supervision.scope.open') },
          ]}
        />
        {canUrge && (
          <Button type="primary" icon={<NotificationOutlined aria-hidden />} disabled={selected.length === 0} onClick={() => setUrging(true)}>
            {t('supervision.urgeSelected', { count: selected.length })}
          </Button>
        )}
      </Space>
      {cases.error && <Alert type="error" showIcon role="alert" title={cases.error.message} />}
      <Table<CaseRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={cases.items}
        loading={cases.isPending}
        pagination={false}
        scroll={{ x: 800 }}
        rowSelection={
          canUrge
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as number[]),
                getCheckboxProps: (r) => ({ 'aria-label': t('supervision.selectCase', { receiptNo: r.receiptNo }) }) as object,
              }
            : undefined
        }
        locale={{ emptyText: t(scope === 'overdue' ? 'supervision.noOverdue' : 'supervision.noOpen') }}
      />
      {cases.hasNextPage && (
        <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage} className="sv-more">
          {t('supervision.loadMore')}
        </Button>
      )}
      <UrgeDialog open={urging} cases={chosen} onClose={(done) => { setUrging(false); if (done) setSelected([]); }} />
    </Card>
  );
}
