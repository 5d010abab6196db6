import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Requests screen lands (issue 6); replaced by its owner.
export function RequestsPage() {
  const { t } = useI18n();
  return <h1>{t('console.nav.requests')}</h1>;
}
