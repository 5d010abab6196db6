import { Route, Routes } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { DiffView, HistoryView } from '../ledger/HistoryView.tsx';
import { ItemForm } from '../ledger/ItemForm.tsx';
import { ItemView } from '../ledger/ItemView.tsx';
import { LedgerBrowse } from '../ledger/LedgerBrowse.tsx';
import { LedgerHeader } from '../ledger/LedgerHeader.tsx';
import { LedgerProvider } from '../ledger/ledger-context.tsx';
import { ProposalList, ProposalView } from '../ledger/ProposalsView.tsx';
import { PurposeForm } from '../ledger/PurposeForm.tsx';
import { PurposeView } from '../ledger/PurposeView.tsx';

/** The ledger: browse it, edit a purpose or an item (as a proposal a second person approves), its history. */
export function LedgerPage() {
  const { t } = useI18n();
  return (
    <div className="ledger-screens">
      <h1>{t('console.nav.ledger')}</h1>
      <LedgerProvider>
        {(state, error) =>
          state === 'loading' ? (
            <p>{t('common.loading')}</p>
          ) : state === 'error' ? (
            <p className="error" role="alert">
              {t('common.error', { message: error instanceof Error ? error.message : String(error) })}
            </p>
          ) : (
            <>
              <LedgerHeader />
              <Routes>
                <Route index element={<LedgerBrowse />} />
                <Route path="purposes/new" element={<PurposeForm key="new" mode="new" />} />
                <Route path="purposes/:id" element={<PurposeView />} />
                <Route path="purposes/:id/edit" element={<PurposeForm mode="edit" />} />
                <Route path="items/new" element={<ItemForm key="new" mode="new" />} />
                <Route path="items/:id" element={<ItemView />} />
                <Route path="items/:id/edit" element={<ItemForm mode="edit" />} />
                <Route path="proposals" element={<ProposalList />} />
                <Route path="proposals/:id" element={<ProposalView />} />
                <Route path="history" element={<HistoryView />} />
                <Route path="history/diff" element={<DiffView />} />
                <Route path="*" element={<p>{t('common.notFound')}</p>} />
              </Routes>
            </>
          )
        }
      </LedgerProvider>
    </div>
  );
}
