import { NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { AccessLog } from '../evidence/AccessLog.tsx';
import { EvidenceLog } from '../evidence/EvidenceLog.tsx';
import { VerificationView } from '../evidence/VerificationView.tsx';
import { hasRole, useSession } from '../session.tsx';

/** The evidence log, the access log and verification of the chain (administrators and auditors). */
export function EvidencePage() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <div className="evidence-screens">
      <h1>{t('console.nav.evidence')}</h1>
      {hasRole(me, 'administrator', 'auditor') ? (
        <>
          <nav className="sub-nav" aria-label={t('evidence.nav.label')}>
            <NavLink to="/evidence" end>
              {t('evidence.nav.log')}
            </NavLink>
            <NavLink to="/evidence/access">{t('evidence.nav.access')}</NavLink>
            <NavLink to="/evidence/verify">{t('evidence.nav.verify')}</NavLink>
          </nav>
          <Routes>
            <Route index element={<EvidenceLog />} />
            <Route path="access" element={<AccessLog />} />
            <Route path="verify" element={<VerificationView />} />
            <Route path="*" element={<p>{t('common.notFound')}</p>} />
          </Routes>
        </>
      ) : (
        <p>{t('evidence.forbidden')}</p>
      )}
    </div>
  );
}
