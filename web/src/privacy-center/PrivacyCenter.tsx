import { NavLink, Route, Routes } from 'react-router';
import { LanguageSwitch, type MessageKey, useI18n } from '../shared/i18n.tsx';
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

/** The public privacy center: no login; everything a person can see or ask without an account. */
export function PrivacyCenter() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('privacy.brand')}</span>
        <span className="spacer" />
        <LanguageSwitch />
      </header>
      <div className="layout">
        <nav className="sidenav" aria-label={t('privacy.nav.label')}>
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end ?? false}>
              {t(item.label)}
            </NavLink>
          ))}
        </nav>
        <main id="main">
          <div className="page">
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
      </div>
    </>
  );
}
