import { useI18n } from '../../shared/i18n.tsx';
import { type FieldMap, IssueSummary, refusalTitle } from '../forms/IssueSummary.tsx';

/** The API's refusal on top of a management form: its sentence, then each problem linked to its field. */
export function ProblemSummary({ error, fields }: { readonly error: unknown; readonly fields: FieldMap }) {
  const { t } = useI18n();
  const title = refusalTitle(error, {
    forbidden: t('mgmt.error.forbidden'),
    conflict: t('mgmt.error.conflict'),
    invalid: t('mgmt.error.invalid'),
    failed: t('mgmt.error.failed'),
  });
  return (
    <IssueSummary
      error={error}
      fields={fields}
      title={title}
      showMessage
      className="mgmt-problems"
      testId="form-problems"
    />
  );
}
