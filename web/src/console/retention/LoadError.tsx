import { useI18n } from '../../shared/i18n.tsx';
import type { Loaded } from '../../shared/use-api.ts';
import { errorText } from '../forms/ErrorAlert.tsx';

/** Loading, or the API's refusal, of what a screen reads first. */
export function LoadError({ loaded }: { readonly loaded: Loaded<unknown> }) {
  const { t } = useI18n();
  if (loaded.error === undefined) return <p aria-live="polite">{t('common.loading')}</p>;
  const message = errorText(loaded.error);
  return (
    <p className="error" role="alert">
      {t('common.error', { message })}
    </p>
  );
}
