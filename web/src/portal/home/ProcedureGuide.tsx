import { Skeleton } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/ErrorAlert.tsx';
import { useProcedure } from '../common/queries.ts';
import type { ProcedureProfile, TimeLimit } from '../common/types.ts';

/** "15 days" or "5 working days", as the profile counts them. */
export const period = (t: TFunction, limit: TimeLimit) =>
  t(limit.unit === 'working' ? 'portal.common.workingDays' : 'portal.common.days', { count: limit.days });

// The steps of DOMAIN.md §3 in the petitioner's words; every number comes from the profile the
// administrator set, never from this file.
function steps(t: TFunction, p: ProcedureProfile) {
  return [
    { key: 'register', text: t('portal.home.procedure.register') },
    { key: 'triage', text: t('portal.home.procedure.triage', { period: period(t, p.triage) }) },
    { key: 'acceptance', text: t('portal.home.procedure.acceptance', { period: period(t, p.acceptance) }) },
    {
      key: 'handling',
      text: t('portal.home.procedure.handling', { period: period(t, p.handling), extension: t('portal.common.days', { count: p.extensionMaxDays }) }),
    },
    { key: 'reviewRequest', text: t('portal.home.procedure.reviewRequest', { period: period(t, p.reviewRequest) }) },
    { key: 'review', text: t('portal.home.procedure.review', { period: period(t, p.review) }) },
    { key: 'rereview', text: t('portal.home.procedure.rereview', { request: period(t, p.rereviewRequest), period: period(t, p.rereview) }) },
  ];
}

export function ProcedureGuide() {
  const { t } = useTranslation();
  const procedure = useProcedure();
  return (
    <section aria-labelledby="home-procedure" className="portal-section">
      <h2 id="home-procedure">{t('portal.home.procedure.title')}</h2>
      {procedure.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      <ErrorAlert error={procedure.error} />
      {procedure.data && (
        <ol className="portal-procedure">
          {steps(t, procedure.data).map((s) => (
            <li key={s.key}>
              <strong>{t(`portal.home.procedure.names.${s.key}`)}</strong>
              <span>{s.text}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="portal-note">{t('portal.home.procedure.counting')}</p>
    </section>
  );
}
