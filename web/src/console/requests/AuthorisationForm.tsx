import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { StaffRequest } from './types.ts';
import { fieldIssue, StepError, useStep } from './use-step.tsx';

const FIELDS = ['customer', 'authorisedBy', 'authorisedAt', 'documentReference'] as const;

/**
 * Entrusted data the search left out (routed to the customer): the customer's authorisation to answer about it,
 * recorded with who authorised, when, and the document; the next search then includes those categories.
 */
export function AuthorisationForm({
  request,
  onDone,
}: {
  readonly request: StaffRequest;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const step = useStep(onDone);
  const routed = request.routedToCustomer ?? [];
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    customer: '',
    authorisedBy: '',
    authorisedAt: '',
    documentReference: '',
  });
  const [categories, setCategories] = useState<readonly string[]>(routed);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = values.authorisedAt ? new Date(values.authorisedAt) : undefined;
    void step.post(`/api/v1/requests/${request.id}/customer-authorisation`, {
      customer: values.customer,
      authorisedBy: values.authorisedBy,
      authorisedAt: at && !Number.isNaN(at.getTime()) ? at.toISOString() : values.authorisedAt,
      scope: { categories },
      documentReference: values.documentReference,
    });
  };
  if (routed.length === 0) return null;
  return (
    <details className="rq-step">
      <summary>{t('requests.authorisation.open', { categories: routed.join(', ') })}</summary>
      <form onSubmit={submit} aria-label={t('requests.authorisation.title')}>
        <p className="hint">{t('requests.authorisation.hint')}</p>
        <fieldset>
          <legend>{t('requests.authorisation.categories')}</legend>
          {routed.map((c) => (
            <div className="rq-check" key={c}>
              <input
                type="checkbox"
                id={`auth-${c}`}
                checked={categories.includes(c)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setCategories((list) => (on ? [...list, c] : list.filter((x) => x !== c)));
                }}
              />
              <label htmlFor={`auth-${c}`}>{c}</label>
            </div>
          ))}
        </fieldset>
        <div className="rq-inline">
          {FIELDS.map((field) => {
            const issue = fieldIssue(step.error, field);
            const id = `auth-${field}`;
            return (
              <div className="field" key={field}>
                <label htmlFor={id}>{t(`requests.authorisation.${field}` as MessageKey)}</label>
                <input
                  id={id}
                  type={field === 'authorisedAt' ? 'datetime-local' : 'text'}
                  value={values[field]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setValues((v) => ({ ...v, [field]: value }));
                  }}
                  aria-invalid={issue !== undefined}
                  aria-describedby={issue ? `${id}-error` : undefined}
                />
                {issue ? (
                  <p className="field-error" id={`${id}-error`}>
                    {issue}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        <StepError error={step.error} fields={[...FIELDS]} />
        <button type="submit" disabled={step.busy}>
          {t('requests.authorisation.submit')}
        </button>
      </form>
    </details>
  );
}
