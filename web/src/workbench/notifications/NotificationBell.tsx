import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Drawer, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationEmailForm } from './NotificationEmailForm.tsx';
import { NotificationList } from './NotificationList.tsx';
import { markRead, notificationsKey, useNotifications } from './notifications.api.ts';
import './notifications.css';

/** The bell in the header: how many notices are unread, and a drawer to read them and mark them read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const list = useNotifications();
  const read = useMutation({ mutationFn: markRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }) });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.notifications ?? [];
  return (
    <>
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined aria-hidden />} onClick={() => setOpen(true)} aria-label={unread > 0 ? t('duty.notifications.bellUnread', { count: unread }) : t('duty.notifications.bell')} />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('duty.notifications.title')}
        size={420}
        extra={
          <Button size="small" disabled={unread === 0} loading={read.isPending && read.variables === undefined} onClick={() => read.mutate(undefined)}>
            {t('duty.notifications.markAllRead')}
          </Button>
        }
      >
        {list.isPending && <Spin />}
        {(list.error ?? read.error) && <Alert type="error" showIcon role="alert" title={(list.error ?? read.error)?.message} />}
        {list.isSuccess && items.length === 0 && <Empty description={t('duty.notifications.none')} />}
        <NotificationList items={items} onRead={(id) => read.mutate([id])} onFollow={(n) => { if (!n.readAt) read.mutate([n.id]); setOpen(false); }} />
        <NotificationEmailForm enabled={open} />
      </Drawer>
    </>
  );
}
