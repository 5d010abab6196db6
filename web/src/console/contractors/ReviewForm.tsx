import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { Field } from '../forms/Field.tsx';
import { InputField, SubmitRow, TextAreaField } from '../forms/inputs.tsx';
import { type FormFieldRef, messageAt, splitIssues } from '../forms/issues.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { ErrorSummary } from '../retention/ErrorSummary.tsx';
import {
  CONTRACT_TERMS,
  emptyReview,
  REASONS,
  RESULTS,
  type ReviewDraft,
  reviewBody,
  termsStillToConfirm,
} from './review-form.ts';
import type { Contractor, ContractorReview, ContractTerm } from './types.ts';

/** Recording a review: selection or periodic (PM-4, OT-3), the contract terms confirmed, the result. */
export function ReviewForm(props: {
  readonly contractor: Contractor;
  readonly today: string;
  readonly onRecorded: (review: ContractorReview) => void;
}) {
  const { t } = useI18n();
  const { contractor } = props;
  const submit = useSubmit();
  const [draft, setDraft] = useState<ReviewDraft>(() => emptyReview(props.today));
  const set =
    <K extends keyof ReviewDraft>(key: K) =>
    (value: ReviewDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const overseas = contractor.country !== 'JP';
  const fields: FormFieldRef[] = [
    { path: 'reviewedOn', id: 'review-on', label: t('contractors.review.on') },
    { path: 'reviewer', id: 'review-reviewer', label: t('contractors.review.reviewer') },
    { path: 'reason', id: 'review-reason', label: t('contractors.review.reason') },
    { path: 'termsConfirmed', id: 'review-terms', label: t('contractors.review.terms') },
    { path: 'foreignLawChecked', id: 'review-foreign', label: t('contractors.review.foreignLaw') },
    { path: 'result', id: 'review-result', label: t('contractors.review.result') },
    { path: 'note', id: 'review-note', label: t('contractors.review.note') },
  ];
  const split = splitIssues(submit.error, fields);
  const at = (path: string) => messageAt(split, path);
  const record = async (event: FormEvent) => {
    event.preventDefault();
    const review = await submit.run<ContractorReview>(
      'POST',
      '/api/v1/contractors/reviews',
      reviewBody(contractor.id, draft),
    );
    if (review) {
      setDraft(emptyReview(props.today));
      props.onRecorded(review);
    }
  };
  const toConfirm = termsStillToConfirm(contractor, draft.termsConfirmed);
  const toggle = (term: ContractTerm, on: boolean) =>
    set('termsConfirmed')(on ? [...draft.termsConfirmed, term] : draft.termsConfirmed.filter((x) => x !== term));
  const termsError = at('termsConfirmed');
  const foreignError = at('foreignLawChecked');
  return (
    <form onSubmit={(e) => void record(e)} className="card rt-form" aria-labelledby="review-title" noValidate>
      <h2 id="review-title">{t('contractors.review.title')}</h2>
      <ErrorSummary error={submit.error} fields={fields} />
      <Field id="review-reason" label={t('contractors.review.reason')} message={at('reason')}>
        {(aria) => (
          <select
            {...aria}
            value={draft.reason}
            onChange={(e) => set('reason')(e.target.value as ReviewDraft['reason'])}
          >
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`contractors.reason.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <InputField
        id="review-on"
        label={t('contractors.review.on')}
        message={at('reviewedOn')}
        type="date"
        value={draft.reviewedOn}
        onChange={set('reviewedOn')}
      />
      <InputField
        id="review-reviewer"
        label={t('contractors.review.reviewer')}
        message={at('reviewer')}
        maxLength={200}
        value={draft.reviewer}
        onChange={set('reviewer')}
      />
      <fieldset
        className="rt-checklist"
        id="review-terms"
        tabIndex={-1}
        aria-describedby={termsError ? 'review-terms-error' : 'review-terms-hint'}
      >
        <legend>{t('contractors.review.terms')}</legend>
        <p className="hint" id="review-terms-hint">
          {contractor.contract.termsOfUse ? t('contractors.review.termsOfUse') : t('contractors.review.termsHint')}
        </p>
        {termsError ? (
          <p className="field-error" id="review-terms-error" data-testid="review-terms-error">
            {termsError}
          </p>
        ) : null}
        {CONTRACT_TERMS.map((term) => {
          const inContract = contractor.contract.terms.includes(term);
          return (
            <div className="rq-check" key={term}>
              <input
                type="checkbox"
                id={`review-term-${term}`}
                checked={draft.termsConfirmed.includes(term)}
                onChange={(e) => toggle(term, e.target.checked)}
              />
              <label htmlFor={`review-term-${term}`}>
                {t(`contractors.term.${term}` as MessageKey)}{' '}
                {inContract ? null : <span className="badge warn">{t('contractors.review.notInContract')}</span>}
              </label>
            </div>
          );
        })}
        {draft.result === 'pass' && toConfirm.length > 0 ? (
          <p className="hint">
            {t('contractors.review.stillToConfirm', {
              terms: toConfirm.map((x) => t(`contractors.term.${x}` as MessageKey)).join('、'),
            })}
          </p>
        ) : null}
      </fieldset>
      {overseas ? (
        <fieldset
          className="rt-checklist"
          id="review-foreign"
          tabIndex={-1}
          aria-describedby={foreignError ? 'review-foreign-error' : undefined}
        >
          <legend>{t('contractors.review.foreignLaw')}</legend>
          {foreignError ? (
            <p className="field-error" id="review-foreign-error">
              {foreignError}
            </p>
          ) : null}
          {(['yes', 'no'] as const).map((v) => (
            <div className="rq-check" key={v}>
              <input
                type="radio"
                name="review-foreign"
                id={`review-foreign-${v}`}
                checked={draft.foreignLaw === v}
                onChange={() => set('foreignLaw')(v)}
              />
              <label htmlFor={`review-foreign-${v}`}>{t(`contractors.review.foreignLaw.${v}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <Field id="review-result" label={t('contractors.review.result')} message={at('result')}>
        {(aria) => (
          <select
            {...aria}
            value={draft.result}
            onChange={(e) => set('result')(e.target.value as ReviewDraft['result'])}
          >
            <option value="">{t('retention.choose')}</option>
            {RESULTS.map((r) => (
              <option key={r} value={r}>
                {t(`contractors.result.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextAreaField
        id="review-note"
        label={t('contractors.review.note')}
        message={at('note')}
        rows={2}
        maxLength={2000}
        value={draft.note}
        onChange={set('note')}
      />
      <SubmitRow busy={submit.busy} label={t('contractors.review.submit')} paragraph />
    </form>
  );
}
