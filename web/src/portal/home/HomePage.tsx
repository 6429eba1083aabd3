import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../common/usePageTitle.ts';
import { NotAccepted } from './NotAccepted.tsx';
import { Privacy } from './Privacy.tsx';
import { ProcedureGuide } from './ProcedureGuide.tsx';
import { Rights } from './Rights.tsx';

/** "How it works": what happens to a petition and what the petitioner is owed, before they start. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.siteTitle'));
  return (
    <div className="portal-stack">
      <section className="portal-hero" aria-labelledby="home-title">
        <h1 id="home-title" className="portal-h1">
          {t('portal.home.title')}
        </h1>
        <p>{t('portal.home.intro')}</p>
        <TwoWays />
      </section>
      <ProcedureGuide />
      <Rights />
      <NotAccepted />
      <Privacy />
      {/* After the long read on a phone, the two ways forward again, without scrolling back up. */}
      <TwoWays />
    </div>
  );
}

/** The two things a petitioner comes to do: submit a petition, or look one up. */
function TwoWays() {
  const { t } = useTranslation();
  return (
    <div className="portal-actions">
      <Link to="/submit" className="portal-cta portal-cta-primary">
        {t('portal.home.submit')}
      </Link>
      <Link to="/lookup" className="portal-cta">
        {t('portal.home.lookup')}
      </Link>
    </div>
  );
}
