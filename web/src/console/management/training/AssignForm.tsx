import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../shared/api.ts';
import { useI18n } from '../../../shared/i18n.tsx';
import { Field } from '../../forms/Field.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { rosterProblems } from '../csv-problems.ts';
import { FileChoice } from '../FileChoice.tsx';
import { ProblemSummary } from '../ProblemSummary.tsx';
import { RowProblems } from '../RowProblems.tsx';
import { parseRoster, type RosterLine } from '../staff-list.ts';

/**
 * Assigns the course to staff: all staff is the whole roster, pasted or read from a file (`staffId,email` per line,
 * or just the id; a CSV whose first column is the id); people already assigned are left as they are, and get the
 * address their line gives. A refused address is listed by the line it came from.
 */
export function AssignForm({ courseId, onDone }: { readonly courseId: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [text, setText] = useState('');
  const [roster, setRoster] = useState<File | undefined>(undefined);
  const [result, setResult] = useState<{ assigned: number; emailsUpdated: number } | undefined>(undefined);
  // The lines as sent, so the API's `staff.3.email` finds its line even after the text changes.
  const [sentLines, setSentLines] = useState<readonly RosterLine[]>([]);
  const lines = parseRoster(text);
  const people = new Set(lines.map((l) => l.staffId)).size;
  const withEmail = new Set(lines.filter((l) => l.email !== undefined).map((l) => l.staffId)).size;
  const rows = submit.error instanceof ApiError ? rosterProblems(submit.error.issues, sentLines) : [];
  const load = async (file: File | undefined) => {
    setRoster(file);
    if (file) setText(await file.text());
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    setSentLines(lines);
    const answer = await submit.run<{ assigned: number; emailsUpdated: number }>(
      'POST',
      `/api/v1/training/courses/${encodeURIComponent(courseId)}/assignments`,
      { staff: lines.map(({ staffId, email }) => (email === undefined ? { staffId } : { staffId, email })) },
    );
    if (answer) {
      setResult(answer);
      setText('');
      setRoster(undefined);
      onDone();
    }
  };
  const fields = { staff: { id: 'assign-staff', label: t('mgmt.training.assign.staff') } };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{t('mgmt.training.assign.title')}</h3>
      {rows.some((row) => row.line !== undefined) ? (
        <RowProblems
          id="assign-rows"
          testId="assign-problems"
          title={t('mgmt.training.assign.refused', { count: rows.length })}
          message={submit.error instanceof Error ? submit.error.message : ''}
          rows={rows}
        />
      ) : (
        <ProblemSummary error={submit.error} fields={fields} />
      )}
      <Field {...fields.staff} field="staff" error={submit.error} hint={t('mgmt.training.assign.hint')}>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            value={text}
            placeholder={'S-0001,hanako.sato@example.jp\nS-0002'}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      <FileChoice
        id="assign-file"
        label={t('mgmt.training.assign.file')}
        accept=".csv,.txt,text/csv,text/plain"
        file={roster}
        onFile={(chosen) => void load(chosen)}
      />
      <p className="hint" aria-live="polite">
        {t('mgmt.training.assign.count', { count: people })} {t('mgmt.training.assign.withEmail', { count: withEmail })}
      </p>
      <button type="submit" disabled={submit.busy || lines.length === 0}>
        {t('mgmt.training.assign.submit')}
      </button>
      {result !== undefined ? (
        <p className="notice-ok" role="status" data-testid="assign-done">
          {t('mgmt.training.assign.done', { count: result.assigned })}{' '}
          {result.emailsUpdated > 0 ? t('mgmt.training.assign.emailsUpdated', { count: result.emailsUpdated }) : null}
        </p>
      ) : null}
    </form>
  );
}
