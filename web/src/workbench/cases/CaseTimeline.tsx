import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant, sentence } from '../common/format.ts';
import { useOrganizations } from '../common/organizations.ts';
import type { CaseEvent, CaseView } from '../types.ts';
import { describeEvent } from './describeEvent.ts';

const colors: Record<string, string> = { urged: 'red', instructed: 'orange', notAccepted: 'gray', withdrawn: 'gray', finalized: 'gray' };

/** Everything that happened, oldest first: nothing is ever removed, corrections are new events. */
export function CaseTimeline({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const orgs = useOrganizations();
  const orgName = (id: number) => orgs.data?.find((o) => o.id === id)?.name ?? String(id);
  const actor = (e: CaseEvent) =>
    e.actorKind === 'staff' ? [e.actorName, e.actorOrgName].filter(Boolean).join(' · ') : t(`enums.actorKind.${e.actorKind}`);
  return (
    <Card title={t('case.timeline')} size="small" className="case-card">
      <Timeline
        items={[...view.events]
          .sort((a, b) => a.seq - b.seq)
          .map((e) => ({
            key: e.id,
            color: colors[e.type] ?? 'blue',
            // Everything on one side: `title` would put the label opposite the content.
            content: (
              <>
                <div>
                  <strong>{sentence(e.label)}</strong>
                  {!e.public && <span className="case-internal">{t('case.internal')}</span>}
                </div>
                <Typography.Text type="secondary" className="case-event-meta">
                  <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt)}</time> · {actor(e)}
                </Typography.Text>
                <EventDetail text={describeEvent(e, t, orgName)} />
                <ReceptionLink payload={e.payload} />
              </>
            ),
          }))}
      />
    </Card>
  );
}

const EventDetail = ({ text }: { text: string }) => (text ? <div className="case-event-detail">{text}</div> : null);

/** Events of a reception lead to its record: who received, what was asked, what was promised. */
function ReceptionLink({ payload }: { payload: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (typeof payload.groupVisitId === 'number') return <Link to={`/reception/group-visits/${payload.groupVisitId}`}>{t('case.event.openGroupVisit')}</Link>;
  if (typeof payload.visitId === 'number') return <Link to={`/reception/visits/${payload.visitId}`}>{t('case.event.openVisit')}</Link>;
  return null;
}
