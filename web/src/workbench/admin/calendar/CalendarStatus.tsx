import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../common/format.ts';
import type { CalendarView } from './calendar.api.ts';

/** Which years are known, which were entered by hand, and how many due dates still wait on a year. */
export function CalendarStatus({ calendar: c }: { calendar: CalendarView }) {
  const { t } = useTranslation();
  const next = c.lastAnnouncedYear + 1;
  return (
    <Card size="small" className="adm-cal-status">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'bundled', label: t('admin.calendar.bundledLastYear'), children: t('admin.calendar.yearValue', { year: c.bundledLastYear }) },
          { key: 'announced', label: t('admin.calendar.lastAnnouncedYear'), children: t('admin.calendar.yearValue', { year: c.lastAnnouncedYear }) },
          {
            key: 'entered',
            label: t('admin.calendar.enteredYears'),
            children: c.enteredYears.length === 0 ? t('admin.calendar.noneEntered') : c.enteredYears.map((e) => t('admin.calendar.enteredAt', { year: e.year, at: formatInstant(e.enteredAt) })).join('；'),
          },
          { key: 'provisional', label: t('admin.calendar.provisional'), children: <strong data-testid="provisional-count">{c.openProvisionalDeadlines}</strong> },
        ]}
      />
      {c.openProvisionalDeadlines > 0 && (
        <Alert type="warning" showIcon title={t('admin.calendar.provisionalWarning', { count: c.openProvisionalDeadlines, year: next })} style={{ marginTop: 8 }} />
      )}
    </Card>
  );
}
