import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Evidence screen lands (issue 6); replaced by its owner.
export function EvidencePage() {
  const { t } = useI18n();
  return <h1>{t('console.nav.evidence')}</h1>;
}
