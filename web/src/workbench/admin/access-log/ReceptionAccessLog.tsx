import { useInfiniteQuery } from '@tanstack/react-query';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/schema';
import { api, call } from '../../../shared/api.ts';
import { formatInstant } from '../../common/format.ts';
import { LogTable } from './LogTable.tsx';

type Entry = components['schemas']['ReceptionAccessLog']['entries'][number];
const PAGE = 50;
const kinds = ['appointment', 'visit', 'groupVisit'];

/** Every time someone read the personal data held by a reception record (a booking, a visit, a group visit). */
export function ReceptionAccessLog() {
  const { t } = useTranslation();
  const log = useInfiniteQuery({
    queryKey: ['admin', 'accessLog', 'reception'],
    queryFn: ({ pageParam }) => call(api.GET('/api/admin/access-log/reception', { params: { query: { limit: PAGE, before: pageParam } } })),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.entries.length === PAGE ? last.entries.at(-1)?.id : undefined),
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const columns: ColumnsType<Entry> = [
    { title: t('admin.accessLog.col.at'), dataIndex: 'accessedAt', width: 160, render: (v: string) => <time dateTime={v}>{formatInstant(v)}</time> },
    { title: t('admin.accessLog.col.who'), key: 'who', width: 200, render: (_: unknown, e) => <>{e.displayName} <span className="adm-muted">（{e.username}）</span></> },
    { title: t('admin.accessLog.col.kind'), dataIndex: 'recordKind', width: 120, render: (k: string) => (kinds.includes(k) ? t(`admin.accessLog.kind.${k}`) : k) },
    { title: t('admin.accessLog.col.record'), dataIndex: 'recordId', width: 110, render: (id: number) => `#${id}` },
    { title: t('admin.accessLog.col.reason'), dataIndex: 'reason' },
  ];
  return <LogTable<Entry> intro={t('admin.accessLog.receptionIntro')} columns={columns} entries={entries} log={log} />;
}
