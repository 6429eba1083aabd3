import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '../common/format.ts';
import type { Notification } from './notifications.api.ts';

interface Props {
  items: Notification[];
  onRead: (id: number) => void;
  onFollow: (n: Notification) => void;
}

/** Newest first; an unread notice is marked and can be marked read on its own, or by following its link. */
export function NotificationList({ items, onRead, onFollow }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="ntf-list" aria-label={t('duty.notifications.title')}>
      {items.map((n) => (
        <li key={n.id} className={n.readAt ? 'ntf-item' : 'ntf-item ntf-unread'}>
          <div className="ntf-head">
            {!n.readAt && <span className="ntf-dot" aria-label={t('duty.notifications.unread')} role="img" />}
            {n.link ? (
              <Link to={n.link} onClick={() => onFollow(n)} className="ntf-title">
                {n.title}
              </Link>
            ) : (
              <span className="ntf-title">{n.title}</span>
            )}
          </div>
          <div className="ntf-body">{n.body}</div>
          <div className="ntf-foot">
            <time dateTime={n.createdAt}>{formatInstant(n.createdAt)}</time>
            {!n.readAt && (
              <Button size="small" type="link" onClick={() => onRead(n.id)} aria-label={t('duty.notifications.markReadOf', { title: n.title })}>
                {t('duty.notifications.markRead')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
