import { useTranslation } from 'react-i18next';

const owed = ['receipt', 'notices', 'dueDates', 'rate', 'review', 'withdraw'] as const;

/** What the petitioner is owed, whoever handles the case (DOMAIN.md §4). */
export function Rights() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-rights" className="portal-section">
      <h2 id="home-rights">{t('portal.home.rights.title')}</h2>
      <ul className="portal-list">
        {owed.map((k) => (
          <li key={k}>{t(`portal.home.rights.${k}`)}</li>
        ))}
      </ul>
    </section>
  );
}
