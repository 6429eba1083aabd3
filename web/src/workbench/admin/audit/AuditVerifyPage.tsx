import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Result, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../shared/api.ts';
import { usePageTitle } from '../usePageTitle.ts';
import '../admin.css';

/**
 * Recomputes the hash chains of the event log on demand. It reads the whole log, so it runs when
 * the auditor asks, never on opening the page.
 */
export function AuditVerifyPage() {
  const { t } = useTranslation();
  const title = usePageTitle('admin.audit.title');
  const verify = useMutation({ mutationFn: () => call(api.GET('/api/audit/verify')) });
  const r = verify.data;
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.audit.intro')}</Typography.Paragraph>
      <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} loading={verify.isPending} onClick={() => verify.mutate()}>
        {r ? t('admin.audit.again') : t('admin.audit.run')}
      </Button>
      {verify.error && <Alert type="error" showIcon role="alert" title={verify.error.message} style={{ marginTop: 16 }} />}
      <div role="status" aria-live="polite">
        {r?.ok && <Result status="success" title={t('admin.audit.ok')} subTitle={t('admin.audit.okDetail', { checked: r.checked, eventId: r.head.eventId, hash: r.head.hash.slice(0, 16) })} />}
        {r && !r.ok && (
          <>
            <Result status="error" title={t('admin.audit.failed', { count: r.problems.length + r.omitted })} subTitle={t('admin.audit.failedDetail', { checked: r.checked })} />
            <Table
              rowKey={(p) => `${p.kind}-${p.eventId}-${p.petitionId}-${p.message}`}
              size="small"
              pagination={false}
              dataSource={r.problems}
              columns={[
                { title: t('admin.audit.col.kind'), dataIndex: 'kind', width: 140, render: (k: string) => t(`admin.audit.kind.${k}`) },
                { title: t('admin.audit.col.event'), dataIndex: 'eventId', width: 100, render: (v: number | null) => v ?? '—' },
                { title: t('admin.audit.col.petition'), dataIndex: 'petitionId', width: 100, render: (v: number | null) => v ?? '—' },
                { title: t('admin.audit.col.message'), dataIndex: 'message' },
              ]}
            />
            {r.omitted > 0 && <Typography.Paragraph type="secondary">{t('admin.audit.omitted', { count: r.omitted })}</Typography.Paragraph>}
          </>
        )}
      </div>
    </>
  );
}
