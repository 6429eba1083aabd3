import { Badge, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Step } from '../types.ts';

interface Props {
  tabs: (Step | 'open')[];
  active: Step | 'open';
  /** undefined while loading; null when more than the server counts. */
  counts: Map<Step | 'open', number | null | undefined>;
  onChange: (step: Step | 'open') => void;
}

/** The inbox grouped by step: each tab with how many cases it holds under the current filters. */
export function StepTabs({ tabs, active, counts, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Tabs
      activeKey={active}
      onChange={(k) => onChange(k as Step | 'open')}
      size="small"
      items={tabs.map((step) => ({
        key: step,
        label: (
          <span>
            {step === 'open' ? t('inbox.allOpen') : t(`enums.step.${step}`)}{' '}
            <Badge count={counts.get(step) === null ? 1001 : (counts.get(step) ?? 0)} showZero overflowCount={1000} color={step === active ? '#b71c1c' : '#595959'} />
          </span>
        ),
      }))}
    />
  );
}
