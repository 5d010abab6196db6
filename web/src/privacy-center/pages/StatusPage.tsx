import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Status screen lands (issue 6); replaced by its owner.
export function StatusPage() {
  const { t } = useI18n();
  return <h1>{t('privacy.nav.status')}</h1>;
}
