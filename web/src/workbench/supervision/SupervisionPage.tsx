import { Alert, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrgCasesPanel } from './OrgCasesPanel.tsx';
import { OrgOverviewTable } from './OrgOverviewTable.tsx';
import { OverdueChart } from './OverdueChart.tsx';
import { SupervisionSummary } from './SupervisionSummary.tsx';
import { type Scope, useOverview } from './supervision.api.ts';
import './supervision.css';

/**
 * Where responsiveness needs a push: open steps overdue or due soon, by the organisation holding
 * them, across the subtrees the supervisor or leader watches. The chosen organisation and scope
 * live in the URL, so the back button and a shared link return to the same drill-down.
 */
export function SupervisionPage() {
  const { t } = useTranslation();
  const overview = useOverview();
  const [params, setParams] = useSearchParams();
  const orgId = Number(params.get('org')) || undefined;
  const scope: Scope = params.get('scope') === 'open' ? 'open' : 'overdue';
  const orgs = overview.data?.organizations ?? [];
  const selected = orgs.find((o) => o.orgId === orgId);

  useEffect(() => {
    document.title = `${t('supervision.title')} · Redress`;
  }, [t]);

  const open = (id: number, nextScope: Scope = 'overdue') => setParams({ org: String(id), scope: nextScope });
  // The chart earns its place once there is more than one organisation to compare.
  const attention = orgs.filter((o) => o.overdue + o.dueSoon > 0);

  return (
    <>
      <Typography.Title level={3}>{t('supervision.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('supervision.intro')}</Typography.Paragraph>
      {overview.error && <Alert type="error" showIcon role="alert" title={overview.error.message} />}
      {overview.isPending && <Skeleton active />}
      {overview.data && (
        <>
          <SupervisionSummary overview={overview.data} />
          {attention.length > 1 && <OverdueChart organizations={attention} onSelect={(id) => open(id)} />}
          <OrgOverviewTable organizations={orgs} selectedId={orgId} onOpen={open} />
        </>
      )}
      {orgId !== undefined && (
        <OrgCasesPanel
          key={orgId}
          orgId={orgId}
          name={selected?.name ?? String(orgId)}
          scope={scope}
          onScope={(s) => open(orgId, s)}
          onClose={() => setParams({})}
        />
      )}
    </>
  );
}
