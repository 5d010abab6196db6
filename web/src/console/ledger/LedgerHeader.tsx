import { NavLink } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { hasRole, useSession } from '../session.tsx';
import { useLedger, useUserNames } from './ledger-context.tsx';

/** Which version is shown and since when, the ledger's sections, and its downloads in the auditors' layout. */
export function LedgerHeader() {
  const { t, dateTime } = useI18n();
  const { me } = useSession();
  const { version, local, pending } = useLedger();
  const nameOf = useUserNames();
  const canSeeProposals = hasRole(me, 'administrator', 'privacy-staff', 'auditor');
  return (
    <>
      <p className="ledger-meta" data-testid="ledger-version">
        {t('ledger.meta', {
          name: local(version.ledger.ledger.name),
          n: version.number,
          at: dateTime(version.createdAt),
          by: nameOf(version.author),
        })}
      </p>
      <div className="ledger-bar">
        <nav className="sub-nav" aria-label={t('ledger.nav.label')}>
          <NavLink to="/ledger" end>
            {t('ledger.nav.browse')}
          </NavLink>
          {canSeeProposals ? (
            <NavLink to="/ledger/proposals">
              {t('ledger.nav.proposals')}
              {pending !== undefined && pending > 0 ? (
                <>
                  <span className="count-pill" aria-hidden="true">
                    {pending}
                  </span>
                  <span className="visually-hidden">{t('ledger.nav.pendingCount', { count: pending })}</span>
                </>
              ) : null}
            </NavLink>
          ) : null}
          <NavLink to="/ledger/history">{t('ledger.nav.history')}</NavLink>
        </nav>
        <div className="downloads">
          <span className="hint">{t('ledger.download.label')}:</span>
          {(['xlsx', 'csv'] as const).flatMap((format) =>
            (['ja', 'en'] as const).map((lang) => (
              <a
                key={`${format}-${lang}`}
                className="button secondary small"
                href={`/api/v1/ledger/export?format=${format}&lang=${lang}&version=${version.number}`}
                download
                lang={lang}
              >
                {t(`ledger.download.${format}.${lang}`)}
              </a>
            )),
          )}
        </div>
      </div>
    </>
  );
}
