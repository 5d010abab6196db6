import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../shared/api.ts';
import { useI18n } from '../../../shared/i18n.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { csvRowProblems } from '../csv-problems.ts';
import { FileChoice } from '../FileChoice.tsx';
import { ProblemSummary } from '../ProblemSummary.tsx';
import { RowProblems } from '../RowProblems.tsx';

/**
 * Imports completions from a CSV file (`staff_id,completed_on,score`): the API takes all rows or none, and reports
 * every bad row with its line, listed here as a table.
 */
export function ImportCompletions({ courseId, onDone }: { readonly courseId: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [imported, setImported] = useState<number | undefined>(undefined);
  const rows = submit.error instanceof ApiError ? csvRowProblems(submit.error.issues) : [];
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setImported(undefined);
    const result = await submit.run<{ imported: number }>(
      'POST',
      `/api/v1/training/courses/${encodeURIComponent(courseId)}/completions/import`,
      { csv: await file.text() },
    );
    if (result) {
      setImported(result.imported);
      onDone();
    }
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="import-title">
      <h3 id="import-title">{t('mgmt.training.import.title')}</h3>
      <p className="hint" id="import-file-hint">
        {t('mgmt.training.import.hint')}
      </p>
      <FileChoice
        id="import-file"
        label={t('mgmt.training.import.file')}
        accept=".csv,text/csv"
        file={file}
        onFile={(chosen) => {
          setFile(chosen);
          setImported(undefined);
        }}
        describedBy={rows.length > 0 ? 'import-file-hint import-rows' : 'import-file-hint'}
        invalid={rows.length > 0}
      />
      <button type="submit" disabled={submit.busy || file === undefined}>
        {t('mgmt.training.import.submit')}
      </button>
      {rows.length > 0 ? (
        <RowProblems
          id="import-rows"
          testId="import-problems"
          title={t('mgmt.training.import.refused', { count: rows.length })}
          message={submit.error instanceof Error ? submit.error.message : ''}
          rows={rows}
        />
      ) : (
        <ProblemSummary error={submit.error} fields={{}} />
      )}
      {imported !== undefined ? (
        <p className="notice-ok" role="status" data-testid="import-done">
          {t('mgmt.training.import.done', { count: imported })}
        </p>
      ) : null}
    </form>
  );
}
