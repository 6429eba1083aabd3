import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../common/dates.ts';
import { sentence } from '../common/sentence.ts';
import type { PublicDeadline } from '../common/types.ts';
import { useCase } from './CaseContext.ts';

// The petitioner's own windows (to ask for review) are not "overdue" when they pass: they close.
const isWindow = (d: PublicDeadline) => d.kind === 'reviewRequest' || d.kind === 'rereviewRequest';
const colors = { ok: 'blue', dueSoon: 'orange', overdue: 'red', met: 'green', missed: 'red', closed: 'default' } as const;

/** Every open due date with its reason; overdue said plainly, provisional marked. */
export function DeadlineList() {
  const { t } = useTranslation();
  const { view } = useCase();
  return (
    <section aria-labelledby="case-deadlines" className="portal-section">
      <h2 id="case-deadlines">{t('portal.lookup.deadlines.title')}</h2>
      {view.deadlines.length === 0 ? (
        <p>{t('portal.lookup.deadlines.none')}</p>
      ) : (
        <ul className="portal-deadlines">
          {view.deadlines.map((d) => {
            const group = isWindow(d) ? 'window' : 'status';
            return (
              <li key={d.id} className={`portal-deadline is-${d.status}`}>
                <div className="portal-deadline-head">
                  <strong>{sentence(d.label)}</strong>
                  <Tag color={colors[d.status]} className="portal-tag">
                    {t(`portal.lookup.deadlines.${group}.${d.status}`)}
                  </Tag>
                </div>
                <p className="portal-deadline-date">{t('portal.lookup.deadlines.due', { date: formatDay(d.dueOn) })}</p>
                {!isWindow(d) && <p className="portal-note">{t('portal.lookup.deadlines.holder', { org: d.holderOrgName })}</p>}
                {d.status === 'overdue' && !isWindow(d) && <p className="portal-overdue">{t('portal.lookup.deadlines.overdue', { date: formatDay(d.dueOn) })}</p>}
                <p className="portal-note">{d.explanation}</p>
                {d.provisional && (
                  <p className="portal-note">
                    <Tag className="portal-tag">{t('portal.lookup.deadlines.provisional')}</Tag>
                    {t('portal.lookup.deadlines.provisionalHelp')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
