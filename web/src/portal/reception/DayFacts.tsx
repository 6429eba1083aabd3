import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type PublicDay, leaderNames } from './reception.api.ts';

/** When, where and with whom a booking is, as a definition list; `children` add rows of its own. */
export function DayFacts({ when, day, className, children }: { when: string; day: Pick<PublicDay, 'place' | 'organizationName' | 'leaders'>; className?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <dl className={className ?? 'portal-facts'}>
      <div>
        <dt>{t('receptionDays.portal.when')}</dt>
        <dd>{when}</dd>
      </div>
      <div>
        <dt>{t('receptionDays.portal.place')}</dt>
        <dd>{day.place}</dd>
      </div>
      <div>
        <dt>{t('receptionDays.portal.leaders')}</dt>
        <dd>
          {day.organizationName} · {leaderNames(day.leaders)}
        </dd>
      </div>
      {children}
    </dl>
  );
}
