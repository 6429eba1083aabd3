import { Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../common/dates.ts';
import { sentence } from '../common/sentence.ts';
import { useCase } from './CaseContext.ts';

/** Where the case is, in plain words, and who holds it. */
export function CaseSummary() {
  const { t } = useTranslation();
  const { view } = useCase();
  const heading = useRef<HTMLHeadingElement>(null);
  // The case replaced the form: take the reader (and a screen reader) to it.
  useEffect(() => heading.current?.focus(), []);
  // A lapsed window still shows its step until the nightly sweep finalizes the case: say it has closed.
  const lapsed = view.deadlines.some((d) => d.kind === view.step && d.status === 'overdue');
  const where =
    view.step === 'closed'
      ? t(`portal.lookup.closed.${view.outcome ?? 'done'}`)
      : t(`portal.lookup.where.${view.step}${lapsed ? 'Closed' : ''}`, { holder: view.holderOrgName });
  return (
    <section aria-labelledby="case-title" className="portal-card">
      <h2 id="case-title" ref={heading} tabIndex={-1}>
        {view.title}
      </h2>
      <dl className="portal-facts">
        <div>
          <dt>{t('portal.lookup.receiptNo')}</dt>
          <dd className="portal-mono">{view.receiptNo}</dd>
        </div>
        <div>
          <dt>{t('portal.lookup.summary.step')}</dt>
          <dd>
            <Tag color={view.step === 'closed' ? 'default' : 'blue'} className="portal-tag">
              {sentence(view.stepLabel)}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t('portal.lookup.summary.holder')}</dt>
          <dd>{view.holderOrgName}</dd>
        </div>
        <div>
          <dt>{t('portal.lookup.summary.category')}</dt>
          <dd>{t(`portal.category.${view.category}.label`)}</dd>
        </div>
        <div>
          <dt>{t('portal.lookup.summary.registered')}</dt>
          <dd>{formatDay(view.registeredOn)}</dd>
        </div>
        {view.decision && (
          <div>
            <dt>{t('portal.lookup.summary.decision')}</dt>
            <dd>{t(`portal.lookup.decision.${view.decision}`)}</dd>
          </div>
        )}
        {view.reviewResult && (
          <div>
            <dt>{t('portal.lookup.summary.reviewResult')}</dt>
            <dd>{t(`portal.lookup.reviewResult.${view.reviewResult}`)}</dd>
          </div>
        )}
      </dl>
      <p className="portal-where">{where}</p>
    </section>
  );
}
