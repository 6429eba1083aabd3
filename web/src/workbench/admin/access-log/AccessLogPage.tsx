import { useInfiniteQuery } from '@tanstack/react-query';
import { Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';
import { formatInstant } from '../../common/format.ts';
import { usePageTitle } from '../usePageTitle.ts';
import { LogTable } from './LogTable.tsx';
import { ReceptionAccessLog } from './ReceptionAccessLog.tsx';
import '../admin.css';

type Entry = components['schemas']['AccessLogEntry'];
const PAGE = 50;

/** Two logs, each paged by its own ids: petitioners' data in cases, and people's data in reception records. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const title = usePageTitle('admin.accessLog.title');
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Tabs
        items={[
          { key: 'petitions', label: t('admin.accessLog.tabPetitions'), children: <PetitionAccessLog /> },
          { key: 'reception', label: t('admin.accessLog.tabReception'), children: <ReceptionAccessLog /> },
        ]}
      />
    </>
  );
}

/**
 * Every time someone read a petitioner's personal data in full, with the reason they gave: newest
 * first, fetched a page at a time by id (the log only grows, so pages never shift under the reader).
 */
function PetitionAccessLog() {
  const { t } = useTranslation();
  const log = useInfiniteQuery({
    queryKey: ['admin', 'accessLog'],
    queryFn: ({ pageParam }) => call(api.GET('/api/admin/access-log', { params: { query: { limit: PAGE, before: pageParam } } })),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.entries.length === PAGE ? last.entries.at(-1)?.id : undefined),
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const columns: ColumnsType<Entry> = [
    { title: t('admin.accessLog.col.at'), dataIndex: 'accessedAt', width: 160, render: (v: string) => <time dateTime={v}>{formatInstant(v)}</time> },
    { title: t('admin.accessLog.col.who'), key: 'who', width: 200, render: (_: unknown, e) => <>{e.displayName} <span className="adm-muted">（{e.username}）</span></> },
    { title: t('admin.accessLog.col.case'), dataIndex: 'receiptNo', width: 180, render: (no: string, e) => <Link to={`/cases/${e.petitionId}`}>{no}</Link> },
    { title: t('admin.accessLog.col.petitioner'), dataIndex: 'petitionerId', width: 110, render: (id: number) => `#${id}` },
    { title: t('admin.accessLog.col.reason'), dataIndex: 'reason' },
  ];
  return <LogTable<Entry> intro={t('admin.accessLog.intro')} columns={columns} entries={entries} log={log} />;
}
