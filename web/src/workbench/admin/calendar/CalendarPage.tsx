import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../usePageTitle.ts';
import { CalendarStatus } from './CalendarStatus.tsx';
import { YearEntryForm } from './YearEntryForm.tsx';
import { type YearEntered, calendarKey, useCalendar } from './calendar.api.ts';
import '../admin.css';

/**
 * The holiday calendar behind every due date. Each autumn the State Council announces the next
 * year's holidays and adjusted working days; until someone enters them here, due dates in that
 * year are provisional (weekends only).
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const title = usePageTitle('admin.calendar.title');
  const queryClient = useQueryClient();
  const calendar = useCalendar();
  const [chosenYear, setChosenYear] = useState<number>();
  const [result, setResult] = useState<YearEntered & { year: number }>();
  const c = calendar.data;
  // Years can be entered only in order: skipping one would mark the skipped year as announced.
  const years = c ? Array.from({ length: c.lastAnnouncedYear + 1 - c.bundledLastYear }, (_, i) => c.bundledLastYear + 1 + i) : [];
  const year = chosenYear ?? (c ? c.lastAnnouncedYear + 1 : undefined);
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      {calendar.error && <Alert type="error" showIcon role="alert" title={calendar.error.message} />}
      {calendar.isPending && <Skeleton active />}
      {c && year !== undefined && (
        <>
          <CalendarStatus calendar={c} />
          {result && (
            <Alert
              type="success"
              showIcon
              role="status"
              closable={{ onClose: () => setResult(undefined) }}
              title={t('admin.calendar.enteredTitle', { year: result.year })}
              description={t('admin.calendar.enteredDetail', { recomputed: result.recomputed, changed: result.changed })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Card
            size="small"
            title={
              <Typography.Title level={4} className="adm-card-title">
                {t('admin.calendar.entryTitle', { year })}
              </Typography.Title>
            }
            extra={
              <Select<number>
                aria-label={t('admin.calendar.year')}
                value={year}
                onChange={(y) => { setChosenYear(y); setResult(undefined); }}
                options={years.map((y) => ({ value: y, label: c.enteredYears.some((e) => e.year === y) ? t('admin.calendar.yearEntered', { year: y }) : String(y) }))}
                style={{ width: 150 }}
              />
            }
          >
            <YearEntryForm
              key={year}
              year={year}
              existing={c.overrides.filter((o) => o.date.startsWith(`${year}-`))}
              onEntered={(r) => {
                // Stay on the year just saved, so its entries can be checked against the notice.
                setChosenYear(year);
                setResult({ ...r, year });
                void queryClient.invalidateQueries({ queryKey: calendarKey });
              }}
            />
          </Card>
        </>
      )}
    </>
  );
}
