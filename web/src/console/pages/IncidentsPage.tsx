import { Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { WithLedger } from '../forms/WithLedger.tsx';
import { BreachRulesPage } from '../incidents/BreachRulesPage.tsx';
import { IncidentDetailPage } from '../incidents/IncidentDetailPage.tsx';
import { IncidentEditPage } from '../incidents/IncidentEditPage.tsx';
import { IncidentForm } from '../incidents/IncidentForm.tsx';
import { IncidentList } from '../incidents/IncidentList.tsx';

/** Incidents and breach reports: the list, recording one, and one incident with its reports, notices and actions. */
export function IncidentsPage() {
  const { t } = useI18n();
  return (
    <div className="inc-screens">
      {/* The ledger names operators, systems and items, and its flags explain the classification. */}
      <WithLedger>
        <Routes>
          <Route index element={<IncidentList />} />
          <Route path="new" element={<IncidentForm />} />
          <Route path="rules" element={<BreachRulesPage />} />
          <Route path=":id" element={<IncidentDetailPage />} />
          <Route path=":id/edit" element={<IncidentEditPage />} />
          <Route path="*" element={<p>{t('common.notFound')}</p>} />
        </Routes>
      </WithLedger>
    </div>
  );
}
