import { SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Input, type InputRef, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../common/OrgTreeSelect.tsx';
import { categories, channels } from '../types.ts';
import type { InboxFilters } from './inboxFilters.ts';

interface Props {
  filters: InboxFilters;
  onChange: (next: InboxFilters) => void;
  searchRef: Ref<InputRef>;
}

/** Full-text search and the filters; every control is labelled for screen readers. */
export function InboxFilterBar({ filters, onChange, searchRef }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch });
  // The search box keeps its own text while typing; the query runs on Enter.
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  return (
    <Space wrap size={[8, 8]} className="inbox-filters">
      <Input.Search
        ref={searchRef}
        aria-label={t('inbox.search')}
        placeholder={t('inbox.searchPlaceholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => set({ q: v.trim() || undefined })}
        allowClear
        // The button is named in the reader's language, not by its icon ("search").
        enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={t('inbox.searchButton')} />}
        style={{ width: 280 }}
      />
      <Select
        mode="multiple"
        aria-label={t('inbox.category')}
        placeholder={t('inbox.category')}
        value={filters.category}
        onChange={(v) => set({ category: v })}
        options={categories.map((c) => ({ value: c, label: t(`enums.category.${c}`) }))}
        style={{ minWidth: 140 }}
        maxTagCount="responsive"
      />
      <Select
        mode="multiple"
        aria-label={t('inbox.channel')}
        placeholder={t('inbox.channel')}
        value={filters.channel}
        onChange={(v) => set({ channel: v })}
        options={channels.map((c) => ({ value: c, label: t(`enums.channel.${c}`) }))}
        style={{ minWidth: 140 }}
        maxTagCount="responsive"
      />
      <DatePicker.RangePicker
        aria-label={t('inbox.registeredBetween')}
        placeholder={[t('inbox.registeredFrom'), t('inbox.registeredTo')]}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
      />
      <div style={{ width: 220 }}>
        <OrgTreeSelect aria-label={t('inbox.holder')} placeholder={t('inbox.holder')} value={filters.holder} onChange={(v) => set({ holder: v })} />
      </div>
      <Checkbox checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })}>
        {t('inbox.overdueOnly')}
      </Checkbox>
      <Button type="link" onClick={() => onChange({ step: filters.step, category: [], channel: [], overdue: false })}>
        {t('inbox.clearFilters')}
      </Button>
    </Space>
  );
}
