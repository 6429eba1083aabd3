import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview } from './supervision.api.ts';

/** The totals across the watched subtree: steps, not people — how responsive the units are. */
export function SupervisionSummary({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const sum = (k: 'overdue' | 'dueSoon' | 'open') => overview.organizations.reduce((n, o) => n + o[k], 0);
  return (
    <section className="sv-summary" aria-label={t('supervision.summaryLabel')}>
      <Card size="small">
        <Statistic title={t('supervision.overdueSteps')} value={sum('overdue')} styles={{ content: { color: '#a8071a' } }} />
      </Card>
      <Card size="small">
        <Statistic title={t('supervision.dueSoonSteps', { days: overview.dueSoonDays })} value={sum('dueSoon')} styles={{ content: { color: '#874d00' } }} />
      </Card>
      <Card size="small">
        <Statistic title={t('supervision.openSteps')} value={sum('open')} />
      </Card>
      <p className="sv-asof">{t('supervision.asOf', { today: overview.today })}</p>
    </section>
  );
}
