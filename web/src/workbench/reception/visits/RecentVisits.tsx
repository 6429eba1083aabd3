import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '../../common/format.ts';
import { useRecentVisits } from './visits.api.ts';

/** The last receptions recorded here, to go back to one (e.g. for a leader to add an instruction). */
export function RecentVisits() {
  const { t } = useTranslation();
  const visits = useRecentVisits();
  if (!visits.data?.items.length) return null;
  return (
    <section className="visits-recent" aria-labelledby="recent-visits">
      <Typography.Title level={4} id="recent-visits">
        {t('visits.recent.title')}
      </Typography.Title>
      <List
        size="small"
        dataSource={visits.data.items}
        renderItem={(v) => (
          <List.Item>
            <Link to={`/reception/visits/${v.id}`}>{`${formatInstant(v.receivedAt)}　${v.receiptNo}　${v.petitionTitle}`}</Link>
            <Typography.Text type="secondary">{t('visits.recent.people', { count: v.visitorCount })}</Typography.Text>
          </List.Item>
        )}
      />
    </section>
  );
}
