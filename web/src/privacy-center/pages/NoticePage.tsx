import { useI18n } from '../../shared/i18n.tsx';

// Placeholder until the Notice screen lands (issue 6); replaced by its owner.
export function NoticePage() {
  const { t } = useI18n();
  return <h1>{t('privacy.nav.notice')}</h1>;
}
