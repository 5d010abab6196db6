import { useI18n } from '../../shared/i18n.tsx';
import { errorText } from '../forms/ErrorAlert.tsx';
import { type FieldMap, IssueSummary } from '../forms/IssueSummary.tsx';
import { issuesOf } from '../forms/issues.ts';

/** The refusal on top of an incidents or complaints form: how many problems, or the API's message when none. */
export function ErrorSummary({ error, fields }: { readonly error: unknown; readonly fields: FieldMap }) {
  const { t } = useI18n();
  const count = issuesOf(error).length;
  const title = count > 0 ? t('incidents.form.problems', { count }) : t('common.error', { message: errorText(error) });
  return (
    <IssueSummary
      error={error}
      fields={fields}
      title={title}
      showMessage={false}
      className="error-summary inc-error-summary"
      testId="form-error"
    />
  );
}
