import { NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { WithLedger } from '../forms/WithLedger.tsx';
import { CertificateList } from '../retention/CertificateList.tsx';
import { CertificateView } from '../retention/CertificateView.tsx';
import { ContractorDisposalForm } from '../retention/ContractorDisposalForm.tsx';
import { HoldsView } from '../retention/HoldsView.tsx';
import { PlanView } from '../retention/PlanView.tsx';
import { RunsList } from '../retention/RunsList.tsx';
import { RunView } from '../retention/RunView.tsx';
import { useCanEdit } from '../retention/use-can-edit.ts';

/** Retention and disposal: the plan, runs, certificates, legal holds and contractors' disposals (issue 7). */
export function RetentionPage() {
  const { t } = useI18n();
  const canEdit = useCanEdit();
  return (
    <div className="retention-screens">
      <h1>{t('console.nav.retention')}</h1>
      <nav className="sub-nav" aria-label={t('retention.nav.label')}>
        <NavLink to="/retention" end>
          {t('retention.nav.plan')}
        </NavLink>
        <NavLink to="/retention/runs">{t('retention.nav.runs')}</NavLink>
        <NavLink to="/retention/certificates">{t('retention.nav.certificates')}</NavLink>
        <NavLink to="/retention/holds">{t('retention.nav.holds')}</NavLink>
        {canEdit ? (
          <NavLink to="/retention/contractor-disposal">{t('retention.nav.contractorDisposal')}</NavLink>
        ) : null}
      </nav>
      <WithLedger>
        <Routes>
          <Route index element={<PlanView />} />
          <Route path="runs" element={<RunsList />} />
          <Route path="runs/:id" element={<RunView />} />
          <Route path="certificates" element={<CertificateList />} />
          <Route path="certificates/:id" element={<CertificateView />} />
          <Route path="holds" element={<HoldsView />} />
          <Route path="contractor-disposal" element={<ContractorDisposalForm />} />
          <Route path="*" element={<p>{t('common.notFound')}</p>} />
        </Routes>
      </WithLedger>
    </div>
  );
}
