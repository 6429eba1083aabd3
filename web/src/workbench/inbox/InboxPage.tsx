import { PlusOutlined } from '@ant-design/icons';
import { Button, type InputRef, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { hasRole, useSession } from '../session/session.ts';
import { InboxFilterBar } from './InboxFilterBar.tsx';
import { InboxTable } from './InboxTable.tsx';
import { SavedViews } from './SavedViews.tsx';
import { StepTabs } from './StepTabs.tsx';
import { type InboxFilters, parseFilters, serializeFilters } from './inboxFilters.ts';
import { useInboxData } from './useInboxData.ts';
import { useInboxKeys } from './useInboxKeys.ts';
import './inbox.css';

/** Cases the user holds or oversees, earliest due first; operable entirely from the keyboard. */
export function InboxPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const { items, total, list, counts, tabs } = useInboxData(filters);
  const [selectedId, setSelectedId] = useState<number>();
  const searchRef = useRef<InputRef>(null);
  const canRegister = hasRole(user, 'clerk');

  const setFilters = (next: InboxFilters) => setParams(serializeFilters(next));
  useEffect(() => {
    if (!items.some((i) => i.id === selectedId)) setSelectedId(items[0]?.id);
  }, [items, selectedId]);

  const keys = useMemo(
    () => ({
      move: (delta: number) => {
        const at = items.findIndex((i) => i.id === selectedId);
        const next = items[Math.min(items.length - 1, Math.max(0, at + delta))];
        if (!next) return;
        setSelectedId(next.id);
        document.querySelector(`[data-row-key="${next.id}"]`)?.scrollIntoView({ block: 'nearest' });
      },
      open: () => selectedId !== undefined && void navigate(`/cases/${selectedId}`),
      focusSearch: () => searchRef.current?.focus(),
      register: canRegister ? () => void navigate('/register') : undefined,
    }),
    [items, selectedId, navigate, canRegister],
  );
  useInboxKeys(keys);

  // Administrators and auditors without a petition role have no inbox: send them to their area.
  if (!hasRole(user, 'clerk', 'handler', 'approver', 'supervisor', 'leader', 'auditor')) return <Navigate to="/admin" replace />;

  return (
    <>
      <div className="inbox-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Space wrap>
          <SavedViews search={params.toString()} onApply={(s) => setParams(new URLSearchParams(s))} />
          {canRegister && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate('/register')} aria-keyshortcuts="n">
              {t('inbox.register')}
            </Button>
          )}
        </Space>
      </div>
      <InboxFilterBar filters={filters} onChange={setFilters} searchRef={searchRef} />
      <StepTabs tabs={tabs} active={filters.step} counts={counts} onChange={(step) => setFilters({ ...filters, step })} />
      {list.error && <Typography.Text type="danger" role="alert">{list.error.message}</Typography.Text>}
      <InboxTable items={items} loading={list.isPending} selectedId={selectedId} onSelect={setSelectedId} />
      <div className="inbox-foot">
        <Typography.Text type="secondary">{t('inbox.shown', { shown: items.length, total: total ?? '10000+' })}</Typography.Text>
        {list.hasNextPage && (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('inbox.loadMore')}
          </Button>
        )}
        <Typography.Text type="secondary" className="inbox-keys">{t('inbox.keysHint')}</Typography.Text>
      </div>
    </>
  );
}
