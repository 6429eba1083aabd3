import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupervisedOrg } from './supervision.api.ts';

// No ECharts aria component: it would replace the container's label with a generic description,
// and ours names every organisation with its figures in the reader's language.
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

interface Props {
  organizations: SupervisedOrg[];
  onSelect: (orgId: number) => void;
  height: number;
}

/** Horizontal bars (organisation names are long Chinese names that would not fit under columns). */
export default function OverdueChartCanvas({ organizations, onSelect, height }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (p) => {
      const id = (p.data as { orgId?: number } | undefined)?.orgId;
      if (id !== undefined) selectRef.current(id);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // First organisation at the top, as in the table.
    const rows = [...organizations].reverse();
    const bar = (key: 'overdue' | 'dueSoon', name: string, color: string) => ({
      type: 'bar' as const,
      name,
      data: rows.map((o) => ({ value: o[key], orgId: o.orgId })),
      itemStyle: { color },
      label: { show: true, position: 'right' as const, formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') },
      barMaxWidth: 16,
      cursor: 'pointer',
    });
    chartRef.current?.setOption(
      {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, textStyle: { color: '#262626' } },
        grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#595959' } },
        yAxis: { type: 'category', data: rows.map((o) => o.name), axisLabel: { color: '#262626', width: 180, overflow: 'truncate' } },
        series: [bar('overdue', t('supervision.col.overdue'), '#a8071a'), bar('dueSoon', t('supervision.col.dueSoon'), '#d48806')],
      },
      true,
    );
  }, [organizations, t]);

  const label = t('supervision.chartAlt', {
    list: organizations.map((o) => t('supervision.chartAltItem', { name: o.name, overdue: o.overdue, dueSoon: o.dueSoon })).join('；'),
  });
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
