import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalendarDay, type Problem, fromDays, problemsOf, toDays } from './arrangement.ts';
import { HolidayRows } from './HolidayRows.tsx';
import { JsonImport } from './JsonImport.tsx';
import { WorkdayRows } from './WorkdayRows.tsx';
import { type YearEntered, enterYear } from './calendar.api.ts';

export interface YearValues {
  holidays: { name?: string; range?: [Dayjs, Dayjs] | null }[];
  workdays: { name?: string; date?: Dayjs | null }[];
}

const fmt = (d: Dayjs) => d.format('YYYY-MM-DD');

function daysOf(v: YearValues): CalendarDay[] {
  const holidays = (v.holidays ?? []).flatMap((h) => (h?.range?.[0] && h.range[1] ? [{ name: h.name ?? '', from: fmt(h.range[0]), to: fmt(h.range[1]) }] : []));
  const workdays = (v.workdays ?? []).flatMap((w) => (w?.date ? [{ name: w.name ?? '', date: fmt(w.date) }] : []));
  return toDays(holidays, workdays);
}

function valuesOf(days: CalendarDay[]): YearValues {
  const { holidays, workdays } = fromDays(days);
  return { holidays: holidays.map((h) => ({ name: h.name, range: [dayjs(h.from), dayjs(h.to)] })), workdays: workdays.map((w) => ({ name: w.name, date: dayjs(w.date) })) };
}

/** The year's holidays as ranges and its adjusted working days, typed in or loaded from JSON. */
export function YearEntryForm({ year, existing, onEntered }: { year: number; existing: CalendarDay[]; onEntered: (r: YearEntered) => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<YearValues>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const watched = Form.useWatch([], form) as YearValues | undefined;
  const days = daysOf(watched ?? { holidays: [], workdays: [] });
  const rest = days.filter((d) => d.kind === 'restday').length;
  const enter = useMutation({ mutationFn: (d: CalendarDay[]) => enterYear(year, d), onSuccess: onEntered });

  const submit = (v: YearValues) => {
    const all = daysOf(v);
    const found = problemsOf(all, year);
    setProblems(found);
    if (found.length > 0) return;
    modal.confirm({
      title: t('admin.calendar.confirmTitle', { year }),
      content: t('admin.calendar.confirmBody', { year, rest: all.filter((d) => d.kind === 'restday').length, work: all.filter((d) => d.kind === 'workday').length }),
      okText: t('admin.calendar.save', { year }),
      cancelText: t('admin.cancel'),
      onOk: () => enter.mutateAsync(all),
    });
  };

  return (
    <Form<YearValues>
      form={form}
      layout="vertical"
      initialValues={existing.length > 0 ? valuesOf(existing) : { holidays: [{}], workdays: [] }}
      onFinish={submit}
      // Enter in a date field confirms the date (the picker's own key), never saves the whole year.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
      }}
    >
      <Typography.Paragraph type="secondary">{t('admin.calendar.entryIntro', { year })}</Typography.Paragraph>
      <HolidayRows year={year} />
      <WorkdayRows year={year} />
      <JsonImport year={year} onLoad={(d) => { form.setFieldsValue(valuesOf(d)); setProblems([]); }} />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('admin.calendar.problems')}
          description={<ul className="adm-problems">{problems.map((p, i) => <li key={`${p.key}${p.date}${i}`}>{t(`admin.calendar.problem.${p.key}`, { date: p.date, year })}</li>)}</ul>}
          style={{ marginBottom: 12 }}
        />
      )}
      {enter.error && <Alert type="error" showIcon role="alert" title={enter.error.message} style={{ marginBottom: 12 }} />}
      <Space wrap align="center">
        <Button type="primary" htmlType="submit" loading={enter.isPending}>
          {t('admin.calendar.save', { year })}
        </Button>
        <span aria-live="polite" className="adm-muted">
          {t('admin.calendar.summary', { rest, work: days.length - rest })}
        </span>
      </Space>
    </Form>
  );
}
