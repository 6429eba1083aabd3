import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../common/DueTag.tsx';
import { StatusTag } from '../common/StatusTag.tsx';
import { sentence } from '../common/format.ts';
import type { CaseView } from '../types.ts';

/** Every due date of the case with its reason; open ones first, provisional ones marked. */
export function DeadlinesCard({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const deadlines = [...view.deadlines].sort((a, b) => Number(b.open) - Number(a.open) || a.dueOn.localeCompare(b.dueOn));
  return (
    <Card title={t('case.deadlines')} size="small" className="case-card">
      {deadlines.length === 0 && <Typography.Text type="secondary">{t('case.noDeadlines')}</Typography.Text>}
      <ul className="case-list">
        {deadlines.map((d) => (
          <li key={d.id} className={d.open ? '' : 'case-closed-item'}>
            <div className="case-row">
              <strong>{sentence(d.label)}</strong>
              {d.open ? (
                <DueTag dueOn={d.dueOn} status={d.status} explanation={d.explanation} provisional={d.provisional} />
              ) : (
                <StatusTag tone={d.status === 'missed' ? 'bad' : d.status === 'closed' ? 'neutral' : 'good'}>{t(`enums.dueStatus.${d.status}`)}</StatusTag>
              )}
            </div>
            <Typography.Text type="secondary" className="case-small">
              {/* The explanation already says when a date is provisional, and why. */}
              {d.holderOrgName} · {d.explanation}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
