import { Link, NavLink, Route, Routes } from 'react-router';
import { LanguageSwitch, type MessageKey, useI18n } from '../shared/i18n.tsx';
import { useApi } from '../shared/use-api.ts';
import { NoticePage } from './pages/NoticePage.tsx';
import { PreferencesPage } from './pages/PreferencesPage.tsx';
import { RequestPage } from './pages/RequestPage.tsx';
import { StatusPage } from './pages/StatusPage.tsx';

const NAV: readonly { readonly to: string; readonly label: MessageKey; readonly end?: boolean }[] = [
  { to: '/', label: 'privacy.nav.notice', end: true },
  { to: '/request', label: 'privacy.nav.request' },
  { to: '/status', label: 'privacy.nav.status' },
  { to: '/preferences', label: 'privacy.nav.preferences' },
];

interface Organisation {
  readonly organisation: { readonly ja: string; readonly en: string } | null;
}

/**
 * The public privacy center: no login; everything a person can see or ask without an account. Laid out like
 * a company's privacy pages (its name, a reading column, a footer), not like the console.
 */
export function PrivacyCenter() {
  const { t, locale } = useI18n();
  const about = useApi<Organisation>('/privacy/notice/versions');
  const organisation = about.data?.organisation?.[locale];
  const nav = NAV.map((item) => (
    <NavLink key={item.to} to={item.to} end={item.end ?? false}>
      {t(item.label)}
    </NavLink>
  ));
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-bar">
          <Link to="/" className="site-brand">
            <span className="site-mark" aria-hidden="true">
              守
            </span>
            <span className="site-names">
              {organisation ? <span className="site-org">{organisation}</span> : null}
              <span className="site-title">{t('privacy.brand')}</span>
            </span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('privacy.nav.label')}>
          {nav}
        </nav>
      </header>
      <main id="main" className="site-main">
        <div className="site-page">
          <Routes>
            <Route index element={<NoticePage />} />
            <Route path="notice/*" element={<NoticePage />} />
            <Route path="request/*" element={<RequestPage />} />
            <Route path="status/*" element={<StatusPage />} />
            <Route path="preferences/*" element={<PreferencesPage />} />
            <Route path="*" element={<p>{t('common.notFound')}</p>} />
          </Routes>
        </div>
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <nav aria-label={t('privacy.footer.links')}>{nav}</nav>
          <p>{t('privacy.footer.about')}</p>
          {organisation ? <p className="site-copy">© {organisation}</p> : null}
        </div>
      </footer>
    </div>
  );
}
