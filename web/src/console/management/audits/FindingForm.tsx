import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { Field } from '../../forms/Field.tsx';
import { InputField, TextAreaField } from '../../forms/inputs.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { Severity } from '../types.ts';

const SEVERITIES: readonly Severity[] = ['major', 'minor', 'observation'];

/** Records a finding of the audit: severity, what was found, the requirement it concerns. */
export function FindingForm({ auditPath, onDone }: { readonly auditPath: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [severity, setSeverity] = useState<Severity>('minor');
  const [description, setDescription] = useState('');
  const [requirement, setRequirement] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run('POST', `${auditPath}/findings`, {
      severity,
      description,
      ...(requirement.trim() ? { requirement: requirement.trim() } : {}),
    });
    if (done) {
      setDescription('');
      setRequirement('');
      onDone();
    }
  };
  const fields = {
    severity: { id: 'finding-severity', label: t('mgmt.audits.severity') },
    description: { id: 'finding-description', label: t('mgmt.audits.description') },
    requirement: { id: 'finding-requirement', label: t('mgmt.audits.requirement') },
  };
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="finding-form-title">
      <h3 id="finding-form-title">{t('mgmt.audits.addFinding')}</h3>
      <ProblemSummary error={submit.error} fields={fields} />
      <div className="mgmt-row">
        <Field {...fields.severity} field="severity" error={submit.error}>
          {(control) => (
            <select {...control} value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity)}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`mgmt.severity.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <InputField
          {...fields.requirement}
          field="requirement"
          error={submit.error}
          hint={t('mgmt.audits.requirementHint')}
          value={requirement}
          onChange={setRequirement}
        />
      </div>
      <TextAreaField
        {...fields.description}
        field="description"
        error={submit.error}
        rows={3}
        value={description}
        onChange={setDescription}
      />
      <button type="submit" disabled={submit.busy}>
        {t('mgmt.audits.addFinding')}
      </button>
    </form>
  );
}
