import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Preferences screen lands (issue 6); replaced by its owner.
export function PreferencesPage() {
  const { t } = useI18n();
  return <h1>{t('privacy.nav.preferences')}</h1>;
}
