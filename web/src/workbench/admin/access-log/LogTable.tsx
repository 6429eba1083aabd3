import { Alert, Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

interface Paged {
  error: Error | null;
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** One access log, newest first, a page at a time: who looked at whose data, when and why. */
export function LogTable<T extends { id: number }>({ intro, columns, entries, log }: { intro: string; columns: ColumnsType<T>; entries: T[]; log: Paged }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {log.error && <Alert type="error" showIcon role="alert" title={log.error.message} />}
      <Table<T> rowKey="id" size="middle" columns={columns} dataSource={entries} loading={log.isPending} pagination={false} scroll={{ x: 900 }} locale={{ emptyText: t('admin.accessLog.none') }} />
      <div className="adm-foot">
        <Typography.Text type="secondary">{t('admin.accessLog.shown', { count: entries.length })}</Typography.Text>
        {log.hasNextPage && (
          <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            {t('admin.accessLog.more')}
          </Button>
        )}
      </div>
    </>
  );
}
