import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the People screen lands (issue 6); replaced by its owner.
export function PeoplePage() {
  const { t } = useI18n();
  return <h1>{t('console.nav.people')}</h1>;
}
