import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { LanguageSwitch, type MessageKey, useI18n } from '../shared/i18n.tsx';
import { useSession } from './session.tsx';

const NAV: readonly { readonly to: string; readonly label: MessageKey; readonly end?: boolean }[] = [
  { to: '/', label: 'console.nav.dashboard', end: true },
  { to: '/requests', label: 'console.nav.requests' },
  { to: '/ledger', label: 'console.nav.ledger' },
  { to: '/people', label: 'console.nav.people' },
  { to: '/evidence', label: 'console.nav.evidence' },
  { to: '/notice', label: 'console.nav.notice' },
  { to: '/management', label: 'mgmt.nav' },
  { to: '/retention', label: 'console.nav.retention' },
  { to: '/contractors', label: 'console.nav.contractors' },
  { to: '/incidents', label: 'incidents.nav' },
  { to: '/complaints', label: 'complaints.nav' },
];

/** The signed-in frame: who is signed in (operator scope, roles), the sections, sign-out, the language switch. */
export function Layout({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  const operators = me.account.operators === 'all' ? t('console.allOperators') : me.account.operators.join(', ');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('console.brand')}</span>
        <span className="spacer" />
        <span className="who" data-testid="who">
          {me.account.email} · {me.account.roles.map((role) => t(`console.role.${role}` as MessageKey)).join(', ')} ·{' '}
          {operators}
        </span>
        <LanguageSwitch />
        <button type="button" onClick={() => void signOut()}>
          {t('console.signOut')}
        </button>
      </header>
      <div className="layout">
        <nav className="sidenav" aria-label={t('console.nav.label')}>
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end ?? false}>
              {t(item.label)}
            </NavLink>
          ))}
        </nav>
        <main id="main">
          <div className="page">{children}</div>
        </main>
      </div>
    </>
  );
}
