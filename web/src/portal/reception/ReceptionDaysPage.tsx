import { CalendarOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { usePageTitle } from '../common/usePageTitle.ts';
import { DayCard } from './DayCard.tsx';
import { usePublicDays } from './reception.api.ts';
import './reception.css';

/** The leaders' reception days of the coming weeks, to book a place or to add to a calendar. */
export function ReceptionDaysPage() {
  const { t } = useTranslation();
  usePageTitle(t('receptionDays.portal.title'));
  const days = usePublicDays();
  const feed = `${window.location.origin}/api/public/reception-days.ics`;
  return (
    <div className="portal-stack">
      <h1 className="portal-h1">{t('receptionDays.portal.title')}</h1>
      <section className="portal-hero">
        <p>{t('receptionDays.portal.intro')}</p>
        <div className="portal-actions">
          <Link to="/reception/booking" className="portal-cta">
            {t('receptionDays.portal.myBooking')}
          </Link>
          <a href={feed} className="portal-cta" type="text/calendar">
            <CalendarOutlined aria-hidden style={{ marginRight: 8 }} />
            {t('receptionDays.portal.subscribe')}
          </a>
        </div>
        <p className="portal-note">{t('receptionDays.portal.subscribeHelp', { url: feed })}</p>
      </section>
      <ErrorAlert error={days.error} />
      {days.isPending && <Skeleton active />}
      {days.data && days.data.days.length === 0 && <p className="portal-card">{t('receptionDays.portal.none')}</p>}
      {days.data?.days.map((d) => (
        <DayCard key={d.id} day={d} />
      ))}
    </div>
  );
}
