import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant } from '../common/dates.ts';
import { sentence } from '../common/sentence.ts';
import { useCase } from './CaseContext.ts';

// "Document issued" and "delivered" say neither which document nor to whom; the Documents list
// above gives each document's own issue and delivery dates, so here they would only be noise.
const shownElsewhere = new Set(['documentIssued', 'delivered']);

/** What happened, in order: the public events only (the server leaves out internal ones). */
export function CaseTimeline() {
  const { t } = useTranslation();
  const { view } = useCase();
  const events = view.timeline.filter((e) => !shownElsewhere.has(e.type));
  return (
    <section aria-labelledby="case-timeline" className="portal-section">
      <h2 id="case-timeline">{t('portal.lookup.timeline.title')}</h2>
      <Timeline
        items={events.map((e, i) => ({
          key: `${i}-${e.type}`,
          color: e.type === 'withdrawn' || e.type === 'notAccepted' ? 'gray' : 'blue',
          content: (
            <div className="portal-event">
              <strong>{sentence(e.label)}</strong>
              {e.detail && <span className="portal-event-detail">{e.detail}</span>}
              {e.orgName && <span>{t('portal.lookup.timeline.org', { org: e.orgName })}</span>}
              {e.dueOn && <span>{t('portal.lookup.timeline.due', { date: formatDay(e.dueOn, false) })}</span>}
              <span className="portal-note">{formatInstant(e.occurredAt)}</span>
            </div>
          ),
        }))}
      />
      <p className="portal-note">{t('portal.lookup.timeline.documents')}</p>
    </section>
  );
}
