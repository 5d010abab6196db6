import type { ChangeEvent } from 'react';
import type { ApiIssue } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { ACCEPTED_TYPES, fileProblem, MAX_FILES, type Upload } from './draft.ts';
import { issueText } from './fields.tsx';
import type { Text } from './procedures.ts';

interface Props {
  readonly kind: Upload['kind'];
  readonly id: string;
  readonly label: string;
  /** The documents the ledger names for this kind (shown as the list of what to send). */
  readonly required: readonly Text[];
  readonly uploads: readonly Upload[];
  /** Index of each upload in the request body, to match the API's `documents.N` issues. */
  readonly issues: (index: number) => ApiIssue | undefined;
  readonly onChange: (uploads: readonly Upload[]) => void;
}

/** File choice for one kind of document: what the ledger asks for, the chosen files, each file's problem. */
export function DocumentsField({ kind, id, label, required, uploads, issues, onChange }: Props) {
  const { t, locale } = useI18n();
  const mine = uploads.map((u, index) => ({ u, index })).filter(({ u }) => u.kind === kind);
  const add = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    onChange([...uploads, ...files.map((file) => ({ kind, file }))].slice(0, MAX_FILES));
  };
  const problems = mine.flatMap(({ u, index }) => {
    const local = fileProblem(u.file);
    const issue = issues(index);
    const problem =
      local === 'type'
        ? t('privacyRequest.documents.badType')
        : local === 'size'
          ? t('privacyRequest.documents.tooLarge')
          : issue === undefined
            ? undefined
            : issueText(issue, t);
    return problem === undefined ? [] : [`${u.file.name}: ${problem}`];
  });
  const invalid = problems.length > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <ul className="pc-doc-list" id={`${id}-hint`}>
        {required.map((doc) => (
          <li key={doc.en}>{doc[locale]}</li>
        ))}
      </ul>
      <p className="hint" id={`${id}-rules`}>
        {t('privacyRequest.documents.rules', { count: MAX_FILES })}
      </p>
      {/* The browser's own file control speaks the browser's language; this button speaks the page's. */}
      <input
        id={id}
        className="pc-file-input rq-sr-only"
        type="file"
        multiple
        accept={ACCEPTED_TYPES.join(',')}
        onChange={add}
        disabled={uploads.length >= MAX_FILES}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint ${id}-rules${invalid ? ` ${id}-error` : ''}`}
      />
      <label htmlFor={id} className="button secondary pc-file-button" aria-hidden="true">
        {t('privacyRequest.documents.choose')}
      </label>
      {mine.length > 0 ? (
        <ul className="pc-files" aria-label={t('privacyRequest.documents.chosen')}>
          {mine.map(({ u, index }) => (
            <li key={`${u.file.name}-${index}`}>
              <span>
                {u.file.name} ({Math.ceil(u.file.size / 1024)} KB)
              </span>
              <button
                type="button"
                className="secondary"
                onClick={() => onChange(uploads.filter((_, j) => j !== index))}
                aria-label={t('privacyRequest.documents.remove', { name: u.file.name })}
              >
                {t('privacyRequest.documents.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {problems.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
