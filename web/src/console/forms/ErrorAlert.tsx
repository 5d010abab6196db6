import { useI18n } from '../../shared/i18n.tsx';

/** The words of a failure: the API's message, or the thrown value as text. */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A failed read or change as an alert with the API's words. */
export function ErrorAlert({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  return (
    <p className="error" role="alert">
      {t('common.error', { message: errorText(error) })}
    </p>
  );
}
