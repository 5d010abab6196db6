import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Ledger screen lands (issue 6); replaced by its owner.
export function LedgerPage() {
  const { t } = useI18n();
  return <h1>{t('console.nav.ledger')}</h1>;
}
