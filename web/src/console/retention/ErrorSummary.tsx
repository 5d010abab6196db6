import { useI18n } from '../../shared/i18n.tsx';
import { IssueSummary, refusalTitle } from '../forms/IssueSummary.tsx';
import { type FormFieldRef, splitIssues } from '../forms/issues.ts';

/** The refusal of a retention or contractor form; the API's sentence too when no field shows a problem. */
export function ErrorSummary({ error, fields }: { readonly error: unknown; readonly fields: readonly FormFieldRef[] }) {
  const { t } = useI18n();
  const title = refusalTitle(error, {
    conflict: t('retention.form.refused'),
    invalid: t('retention.form.problems'),
    failed: t('retention.form.failed'),
  });
  return (
    <IssueSummary
      error={error}
      fields={fields}
      title={title}
      showMessage={splitIssues(error, fields).fields.length === 0}
      className="rt-error-summary"
      testId="form-error-summary"
    />
  );
}
