import { useTranslation } from 'react-i18next';

/** Personal data and anonymous reports: said before the form asks for anything. */
export function Privacy() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-privacy" className="portal-section">
      <h2 id="home-privacy">{t('portal.home.privacy.title')}</h2>
      <p>{t('portal.home.privacy.data')}</p>
      <p>{t('portal.home.privacy.accusation')}</p>
      <h3>{t('portal.home.privacy.anonymousTitle')}</h3>
      <p>{t('portal.home.privacy.anonymous')}</p>
    </section>
  );
}
