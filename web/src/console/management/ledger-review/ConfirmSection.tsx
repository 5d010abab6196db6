import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n.tsx';
import { InputField } from '../../forms/inputs.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { ReviewableSection } from '../types.ts';
import { SECTION_LABEL } from './section-labels.ts';

/** The owner confirms their section for the year (against the current ledger version), with an optional note. */
export function ConfirmSection({
  year,
  section,
  onDone,
}: {
  readonly year: number;
  readonly section: ReviewableSection;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [note, setNote] = useState('');
  const name = t(SECTION_LABEL[section]);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run(
      'POST',
      `/api/v1/ledger-reviews/${year}/sections/${encodeURIComponent(section)}/confirm`,
      note.trim() ? { note: note.trim() } : {},
    );
    if (done) onDone();
  };
  return (
    <details className="mgmt-details">
      <summary>{t('mgmt.ledger.confirmOpen', { section: name })}</summary>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('mgmt.ledger.confirmOpen', { section: name })}>
        <ProblemSummary
          error={submit.error}
          fields={{ note: { id: `confirm-${section}-note`, label: t('mgmt.ledger.note') } }}
        />
        <InputField
          id={`confirm-${section}-note`}
          label={t('mgmt.ledger.note')}
          field="note"
          error={submit.error}
          value={note}
          onChange={setNote}
        />
        <button type="submit" disabled={submit.busy}>
          {t('mgmt.ledger.confirm', { section: name })}
        </button>
      </form>
    </details>
  );
}
