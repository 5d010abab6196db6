import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { LedgerProvider } from '../ledger/ledger-context.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

/**
 * A group of screens that name operators, systems and items from the ledger: shown once the ledger is loaded,
 * with the loading and error states meanwhile.
 */
export function WithLedger({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <LedgerProvider>
      {(state, error) =>
        state === 'loading' ? <p>{t('common.loading')}</p> : state === 'error' ? <ErrorAlert error={error} /> : children
      }
    </LedgerProvider>
  );
}
