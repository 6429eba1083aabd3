import { Alert, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from './CaseContext.ts';
import { CaseSummary } from './CaseSummary.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { DeadlineList } from './DeadlineList.tsx';
import { DocumentList } from './DocumentList.tsx';
import { RatePanel } from './RatePanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { WithdrawPanel } from './WithdrawPanel.tsx';

/** The open case, most urgent first: where it is, what the petitioner can do now, then the record. */
export function CaseView({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { notice } = useCase();
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) done.current?.scrollIntoView({ block: 'center' });
  }, [notice]);
  return (
    <>
      <div ref={done} role="status" className="portal-status">
        {notice && <Alert type="success" showIcon title={t(`portal.lookup.done.${notice}`)} />}
      </div>
      <CaseSummary />
      <ReviewPanel />
      <RatePanel />
      <DeadlineList />
      <DocumentList />
      <CaseTimeline />
      <WithdrawPanel />
      <div className="portal-actions no-print">
        <Button onClick={onClose}>{t('portal.lookup.close')}</Button>
      </div>
    </>
  );
}
