import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { Field } from '../../forms/Field.tsx';
import { InputField } from '../../forms/inputs.tsx';
import { issuesAt } from '../../forms/issues.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { Items, LedgerReviewStatus, ReviewableSection } from '../types.ts';
import { SECTION_LABEL } from './section-labels.ts';

interface Account {
  readonly id: string;
  readonly email: string;
  readonly displayName?: string;
}

/**
 * Plans the year's review: a due date and an owner for every section (one default, and any section's own owner).
 * Planning again changes only the sections not yet confirmed.
 */
export function PlanForm({
  year,
  status,
  onDone,
}: {
  readonly year: number;
  readonly status: LedgerReviewStatus;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const submit = useSubmit();
  const directory = useApi<Items<Account>>('/api/v1/users/directory');
  const accounts = directory.data?.items ?? [];
  const [dueOn, setDueOn] = useState(status.sections[0]?.dueOn ?? `${year}-12-31`);
  const [defaultOwner, setDefaultOwner] = useState('');
  const [owners, setOwners] = useState<Partial<Record<ReviewableSection, string>>>(() =>
    Object.fromEntries(status.sections.flatMap((s) => (s.owner ? [[s.section, s.owner]] : []))),
  );
  const open = status.sections.filter((s) => s.confirmedOn === undefined);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(owners).filter(([, owner]) => owner));
    if (
      await submit.run('PUT', `/api/v1/ledger-reviews/${year}`, {
        dueOn,
        owners: chosen,
        ...(defaultOwner ? { defaultOwner } : {}),
      })
    ) {
      onDone();
    }
  };
  const accountOptions = accounts.map((a) => (
    <option key={a.id} value={a.id}>
      {a.displayName ? `${a.displayName} (${a.email})` : a.email}
    </option>
  ));
  const ownersProblem = issuesAt(submit.error, 'owners')[0];
  const fields = {
    dueOn: { id: 'plan-due', label: t('mgmt.col.due') },
    defaultOwner: { id: 'plan-default-owner', label: t('mgmt.ledger.defaultOwner') },
    owners: { id: 'plan-owners', label: t('mgmt.ledger.owners') },
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="plan-title">
      <h3 id="plan-title">{t('mgmt.ledger.plan', { year })}</h3>
      <p className="hint">{t('mgmt.ledger.planHint')}</p>
      <ProblemSummary error={submit.error} fields={fields} />
      <div className="mgmt-row">
        <InputField
          {...fields.dueOn}
          field="dueOn"
          error={submit.error}
          type="date"
          value={dueOn}
          onChange={setDueOn}
        />
        <Field {...fields.defaultOwner} field="defaultOwner" error={submit.error}>
          {(control) => (
            <select {...control} value={defaultOwner} onChange={(e) => setDefaultOwner(e.currentTarget.value)}>
              <option value="">{t('mgmt.ledger.none')}</option>
              {accountOptions}
            </select>
          )}
        </Field>
      </div>
      <fieldset
        id={fields.owners.id}
        className="mgmt-owner-grid"
        tabIndex={-1}
        aria-describedby={ownersProblem ? 'plan-owners-hint plan-owners-error' : 'plan-owners-hint'}
      >
        <legend>{fields.owners.label}</legend>
        <p className="hint" id="plan-owners-hint">
          {t('mgmt.ledger.ownersHint')}
        </p>
        {ownersProblem ? (
          <p className="field-error" id="plan-owners-error">
            {ownersProblem}
          </p>
        ) : null}
        {open.map((s) => (
          <div className="field" key={s.section}>
            <label htmlFor={`plan-owner-${s.section}`}>{t(SECTION_LABEL[s.section])}</label>
            <select
              id={`plan-owner-${s.section}`}
              value={owners[s.section] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setOwners((o) => ({ ...o, [s.section]: value }));
              }}
            >
              <option value="">{t('mgmt.ledger.useDefault')}</option>
              {accountOptions}
            </select>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={submit.busy}>
        {t('mgmt.ledger.savePlan')}
      </button>
    </form>
  );
}
