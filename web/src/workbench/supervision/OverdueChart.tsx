import { Card, Skeleton } from 'antd';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisedOrg } from './supervision.api.ts';

// ECharts is large: it loads only when a supervision page has something to compare, so the
// inbox, case and register pages never download it.
const Canvas = lazy(() => import('./OverdueChartCanvas.tsx'));

interface Props {
  organizations: SupervisedOrg[];
  onSelect: (orgId: number) => void;
}

/** Overdue against due-soon steps per organisation; the table below carries the same figures in text. */
export function OverdueChart({ organizations, onSelect }: Props) {
  const { t } = useTranslation();
  const height = Math.max(160, organizations.length * 44 + 70);
  return (
    <Card size="small" title={t('supervision.chartTitle')} className="sv-chart-card">
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
        <Canvas organizations={organizations} onSelect={onSelect} height={height} />
      </Suspense>
    </Card>
  );
}
