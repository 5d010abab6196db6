import { useCallback, useMemo } from 'react';
import { Route, Routes } from 'react-router';
import { ApiError, api } from '../shared/api.ts';
import { useI18n } from '../shared/i18n.tsx';
import { useApi } from '../shared/use-api.ts';
import { Layout } from './Layout.tsx';
import { ComplaintsPage } from './pages/ComplaintsPage.tsx';
import { ContractorsPage } from './pages/ContractorsPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { EvidencePage } from './pages/EvidencePage.tsx';
import { IncidentsPage } from './pages/IncidentsPage.tsx';
import { LedgerPage } from './pages/LedgerPage.tsx';
import { ManagementPage } from './pages/ManagementPage.tsx';
import { NoticePage } from './pages/NoticePage.tsx';
import { PeoplePage } from './pages/PeoplePage.tsx';
import { RequestsPage } from './pages/RequestsPage.tsx';
import { RetentionPage } from './pages/RetentionPage.tsx';
import { SignIn } from './SignIn.tsx';
import { type Me, type Session, SessionContext } from './session.tsx';

/** The console: the sign-in steps until the session is complete, then the signed-in screens. */
export function App() {
  const { t } = useI18n();
  const me = useApi<Me | { kind: 'application' }>('/api/v1/auth/me');
  const signOut = useCallback(async () => {
    await api('POST', '/api/v1/auth/logout').catch(() => undefined);
    me.reload();
  }, [me.reload]);
  const session = useMemo<Session | undefined>(
    () =>
      me.data?.kind === 'user' && me.data.stage === 'complete'
        ? { me: me.data, signOut, refresh: me.reload }
        : undefined,
    [me.data, signOut, me.reload],
  );
  if (me.loading && me.data === undefined) return <p className="page">{t('common.loading')}</p>;
  if (me.error !== undefined && !(me.error instanceof ApiError && me.error.status === 401)) {
    return (
      <p className="page error" role="alert">
        {t('common.error', { message: me.error instanceof Error ? me.error.message : String(me.error) })}
      </p>
    );
  }
  if (session === undefined) {
    return <SignIn stage={me.data?.kind === 'user' ? me.data.stage : undefined} onProgress={me.reload} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <Layout>
        <Routes>
          <Route index element={<DashboardPage />} />
          <Route path="ledger/*" element={<LedgerPage />} />
          <Route path="requests/*" element={<RequestsPage />} />
          <Route path="people/*" element={<PeoplePage />} />
          <Route path="evidence/*" element={<EvidencePage />} />
          <Route path="notice/*" element={<NoticePage />} />
          <Route path="management/*" element={<ManagementPage />} />
          <Route path="retention/*" element={<RetentionPage />} />
          <Route path="contractors/*" element={<ContractorsPage />} />
          <Route path="incidents/*" element={<IncidentsPage />} />
          <Route path="complaints/*" element={<ComplaintsPage />} />
          <Route path="*" element={<p>{t('common.notFound')}</p>} />
        </Routes>
      </Layout>
    </SessionContext.Provider>
  );
}
