import { useTranslation } from 'react-i18next';

const routes = ['litigation', 'arbitration', 'reconsideration', 'courts'] as const;

/** What is not a petition and where to go instead, so no one waits weeks to be told. */
export function NotAccepted() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-not-accepted" className="portal-section">
      <h2 id="home-not-accepted">{t('portal.home.notAccepted.title')}</h2>
      <p>{t('portal.home.notAccepted.intro')}</p>
      <dl className="portal-routes">
        {routes.map((r) => (
          <div key={r}>
            <dt>{t(`portal.home.notAccepted.${r}.name`)}</dt>
            <dd>{t(`portal.home.notAccepted.${r}.where`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('portal.home.notAccepted.told')}</p>
    </section>
  );
}
