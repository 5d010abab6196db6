import { NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { ContractorView } from '../contractors/ContractorView.tsx';
import { DueList } from '../contractors/DueList.tsx';
import { ReviewsList } from '../contractors/ReviewsList.tsx';
import { SuspensionsView } from '../contractors/SuspensionsView.tsx';
import { WithLedger } from '../forms/WithLedger.tsx';

/** Contractors (PM-4, OT-1..3): review due dates, recorded reviews, suspensions, one contractor's page. */
export function ContractorsPage() {
  const { t } = useI18n();
  return (
    <div className="retention-screens contractor-screens">
      <h1>{t('console.nav.contractors')}</h1>
      <nav className="sub-nav" aria-label={t('contractors.nav.label')}>
        <NavLink to="/contractors" end>
          {t('contractors.nav.due')}
        </NavLink>
        <NavLink to="/contractors/reviews">{t('contractors.nav.reviews')}</NavLink>
        <NavLink to="/contractors/suspensions">{t('contractors.nav.suspensions')}</NavLink>
      </nav>
      <WithLedger>
        <Routes>
          <Route index element={<DueList />} />
          <Route path="reviews" element={<ReviewsList />} />
          <Route path="suspensions" element={<SuspensionsView />} />
          <Route path=":id" element={<ContractorView />} />
        </Routes>
      </WithLedger>
    </div>
  );
}
