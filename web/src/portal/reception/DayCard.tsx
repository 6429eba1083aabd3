import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../common/dates.ts';
import { type PublicDay, leaderNames } from './reception.api.ts';

/** One published day: who receives, where, on what, and how many places are left. */
export function DayCard({ day }: { day: PublicDay }) {
  const { t } = useTranslation();
  const cancelled = day.status === 'cancelled';
  const free = day.slots.reduce((n, s) => n + s.remaining, 0);
  const headingId = `rday-${day.id}`;
  return (
    <article className={`portal-card rday-card${cancelled ? ' is-cancelled' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="rday-title">
        {formatDay(day.day)} {day.startsAt}–{day.endsAt}
      </h2>
      {cancelled && (
        <p className="rday-cancelled">
          <Tag color="red" className="portal-tag">
            {t('receptionDays.status.cancelled')}
          </Tag>{' '}
          {day.changeNote}
        </p>
      )}
      <dl className="portal-facts">
        <div>
          <dt>{t('receptionDays.portal.host')}</dt>
          <dd>{day.organizationName}</dd>
        </div>
        <div>
          <dt>{t('receptionDays.portal.leaders')}</dt>
          <dd>{leaderNames(day.leaders)}</dd>
        </div>
        <div>
          <dt>{t('receptionDays.portal.place')}</dt>
          <dd>{day.place}</dd>
        </div>
        {day.topics && (
          <div>
            <dt>{t('receptionDays.portal.topics')}</dt>
            <dd>{day.topics}</dd>
          </div>
        )}
        {!cancelled && day.changeNote && (
          <div>
            <dt>{t('receptionDays.portal.changed')}</dt>
            <dd>{day.changeNote}</dd>
          </div>
        )}
      </dl>
      {!cancelled && (
        <>
          <ul className="rday-slots" aria-label={t('receptionDays.portal.slotsOf', { day: formatDay(day.day, false) })}>
            {day.slots.map((s) => (
              <li key={s.startsAt} className={s.remaining === 0 ? 'is-full' : ''}>
                <span>
                  {s.startsAt}–{s.endsAt}
                </span>
                <span>{s.remaining === 0 ? t('receptionDays.portal.full') : t('receptionDays.portal.placesLeft', { count: s.remaining })}</span>
              </li>
            ))}
          </ul>
          {free > 0 ? (
            <Link to={`/reception/book/${day.id}`} className="portal-cta portal-cta-primary" aria-label={t('receptionDays.portal.bookThis', { day: formatDay(day.day, false) })}>
              {t('receptionDays.portal.book')}
            </Link>
          ) : (
            <p className="portal-note">{t('receptionDays.portal.allFull')}</p>
          )}
        </>
      )}
    </article>
  );
}
