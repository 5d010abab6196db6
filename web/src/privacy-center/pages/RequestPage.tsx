import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Request screen lands (issue 6); replaced by its owner.
export function RequestPage() {
  const { t } = useI18n();
  return <h1>{t('privacy.nav.request')}</h1>;
}
