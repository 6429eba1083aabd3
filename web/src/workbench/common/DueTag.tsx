import { ClockCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueStatus } from '../types.ts';
import { fetchCase, petitionKey } from './petitions.api.ts';
import './due.css';

interface Props {
  dueOn: string | null;
  status: DueStatus | 'met' | 'missed' | 'closed' | null;
  /** The reason of the date, when known; otherwise fetched from the case on first hover or focus. */
  explanation?: string;
  petitionId?: number;
  provisional?: boolean;
}

const icons = { overdue: <ExclamationCircleOutlined aria-hidden />, dueSoon: <WarningOutlined aria-hidden />, ok: <ClockCircleOutlined aria-hidden /> };

/** A due date in colour and in words (colour alone does not reach everyone), its reason on hover. */
export function DueTag({ dueOn, status, explanation, petitionId, provisional }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [loaded, setLoaded] = useState<string | undefined>(explanation);
  if (!dueOn) return <span className="due due-none">—</span>;
  const reason = explanation ?? loaded;
  const load = (open: boolean) => {
    if (!open || reason || petitionId === undefined) return;
    void queryClient.fetchQuery({ queryKey: petitionKey(petitionId), queryFn: () => fetchCase(petitionId), staleTime: 60_000 }).then(
      (c) => setLoaded(c.deadlines.find((d) => d.open && d.dueOn === dueOn)?.explanation ?? t('common.noExplanation')),
      () => setLoaded(t('common.noExplanation')),
    );
  };
  const s = status ?? 'ok';
  const word = s === 'ok' ? '' : t(`enums.dueStatus.${s}`);
  return (
    <Tooltip title={reason ?? t('common.loading')} onOpenChange={load} trigger={['hover', 'focus']}>
      <span className={`due due-${s}`} tabIndex={0} aria-label={`${t('common.dueOn')} ${dueOn} ${word}`.trim()}>
        {icons[s as keyof typeof icons]} {dueOn}
        {word && <span className="due-word">{word}</span>}
        {provisional && <span className="due-word">{t('case.provisional')}</span>}
      </span>
    </Tooltip>
  );
}
