import { ApiError } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { errorText } from '../forms/ErrorAlert.tsx';

/** A failed read, as an alert with the API's words. */
export function LoadError({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  if (error === undefined) return null;
  return (
    <p className="error" role="alert">
      {error instanceof ApiError && error.status === 403
        ? t('mgmt.error.forbiddenRead')
        : t('common.error', { message: errorText(error) })}
    </p>
  );
}
