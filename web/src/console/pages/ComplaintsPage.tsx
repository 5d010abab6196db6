import { Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { ComplaintCounts } from '../complaints/ComplaintCounts.tsx';
import { ComplaintDetail } from '../complaints/ComplaintDetail.tsx';
import { ComplaintForm } from '../complaints/ComplaintForm.tsx';
import { ComplaintList } from '../complaints/ComplaintList.tsx';
import { WithLedger } from '../forms/WithLedger.tsx';

/** The complaints and consultations desk: cases, recording one, answering it, counts for the management review. */
export function ComplaintsPage() {
  const { t } = useI18n();
  return (
    <div className="inc-screens">
      {/* The ledger names the operators. */}
      <WithLedger>
        <Routes>
          <Route index element={<ComplaintList />} />
          <Route path="new" element={<ComplaintForm />} />
          <Route path="counts" element={<ComplaintCounts />} />
          <Route path=":id" element={<ComplaintDetail />} />
          <Route path="*" element={<p>{t('common.notFound')}</p>} />
        </Routes>
      </WithLedger>
    </div>
  );
}
