import { ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import '../portal.css';

// Petitioners read on small phones, often older people: large controls (40 px and up), 16 px
// text (which also stops phones from zooming into a field), and secondary text dark enough for
// WCAG AA contrast instead of Ant Design's light grey. No space forced between two Chinese
// characters in buttons: "查 询" reads oddly, and screen readers spell it out.
const focus = '#1a4fd6';
const halo = '0 0 0 2px rgba(26, 79, 214, 0.15)';
const theme = {
  token: {
    fontSize: 16,
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
    colorLink: focus,
    controlHeightLG: 44,
    // No animations: a leaving spinner could stay in the page and keep a button named "loading 查询"
    // for screen readers, and people who get dizzy from motion are spared it.
    motion: false,
  },
  // The brand red is also the error colour: a field being typed in turns blue, so red always means "fix this".
  components: {
    Input: { activeBorderColor: focus, hoverBorderColor: focus, activeShadow: halo },
    InputNumber: { activeBorderColor: focus, hoverBorderColor: focus, activeShadow: halo },
    Select: { activeBorderColor: focus, hoverBorderColor: focus, activeOutlineColor: 'rgba(26, 79, 214, 0.15)' },
  },
};

/** The frame of every public page: skip link, site name, navigation, language, footer. */
export function PortalLayout() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return (
    <ConfigProvider componentSize="large" theme={theme} button={{ autoInsertSpace: false }}>
      <a className="portal-skip" href="#main">
        {t('portal.nav.skip')}
      </a>
      <header className="portal-header no-print">
        <div className="portal-bar">
          <Link to="/" className="portal-brand">
            {t('portal.siteTitle')}
          </Link>
          <LanguageSwitch />
        </div>
        <nav aria-label={t('portal.nav.label')} className="portal-nav">
          <NavLink to="/" end>
            {t('portal.nav.home')}
          </NavLink>
          <NavLink to="/submit">{t('portal.nav.submit')}</NavLink>
          <NavLink to="/lookup">{t('portal.nav.lookup')}</NavLink>
          <NavLink to="/reception">{t('receptionDays.portal.nav')}</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="portal-main">
        <Outlet />
      </main>
      <footer className="portal-footer no-print">
        <p>{t('portal.footer.privacy')}</p>
      </footer>
    </ConfigProvider>
  );
}
