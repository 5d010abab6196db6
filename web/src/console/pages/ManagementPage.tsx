import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { AuditList } from '../management/audits/AuditList.tsx';
import { AuditPage } from '../management/audits/AuditPage.tsx';
import { LedgerReviewPage } from '../management/ledger-review/LedgerReviewPage.tsx';
import { ReviewList } from '../management/reviews/ReviewList.tsx';
import { ReviewPage } from '../management/reviews/ReviewPage.tsx';
import { CoursePage } from '../management/training/CoursePage.tsx';
import { TrainingList } from '../management/training/TrainingList.tsx';

/** The management system (JIS Q 15001): training, internal audits, management reviews, the yearly ledger review. */
export function ManagementPage() {
  const { t } = useI18n();
  return (
    <div className="mgmt-screens">
      <h1>{t('mgmt.title')}</h1>
      <nav className="mgmt-tabs" aria-label={t('mgmt.tabs')}>
        <NavLink to="/management/training">{t('mgmt.tab.training')}</NavLink>
        <NavLink to="/management/audits">{t('mgmt.tab.audits')}</NavLink>
        <NavLink to="/management/reviews">{t('mgmt.tab.reviews')}</NavLink>
        <NavLink to="/management/ledger-review">{t('mgmt.tab.ledgerReview')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to="training" replace />} />
        <Route path="training" element={<TrainingList />} />
        <Route path="training/:id" element={<CoursePage />} />
        <Route path="audits" element={<AuditList />} />
        <Route path="audits/:id" element={<AuditPage />} />
        <Route path="reviews" element={<ReviewList />} />
        <Route path="reviews/:id" element={<ReviewPage />} />
        <Route path="ledger-review" element={<LedgerReviewPage />} />
        <Route path="*" element={<p>{t('common.notFound')}</p>} />
      </Routes>
    </div>
  );
}
