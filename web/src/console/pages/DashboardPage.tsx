import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Dashboard screen lands (issue 6); replaced by its owner.
export function DashboardPage() {
  const { t } = useI18n();
  return <h1>{t('console.nav.dashboard')}</h1>;
}
