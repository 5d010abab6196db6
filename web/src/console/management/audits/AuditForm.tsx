import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api.ts';
import { useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { Field } from '../../forms/Field.tsx';
import { InputField, SelectField, TextAreaField } from '../../forms/inputs.tsx';
import { issuePathOf } from '../../forms/issues.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import type { InternalAudit, Items } from '../types.ts';
import type { OperatorChoice } from '../use-operators.ts';

interface Auditor {
  readonly userId: string;
  readonly department: string;
}

/**
 * Plans an audit: the audited department, scope, date and the auditors with their own departments. The API refuses
 * an auditor from the audited department (independence); its words are shown at the auditors.
 */
export function AuditForm({
  year,
  operators,
  defaultOperator,
}: {
  readonly year: number;
  readonly operators: readonly OperatorChoice[];
  readonly defaultOperator: string | undefined;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submit = useSubmit();
  const directory = useApi<Items<{ id: string; email: string; displayName?: string }>>('/api/v1/users/directory');
  const [operator, setOperator] = useState(defaultOperator ?? '');
  const [department, setDepartment] = useState('');
  const [scope, setScope] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [auditors, setAuditors] = useState<readonly Auditor[]>([{ userId: '', department: '' }]);
  const chosen = operator || operators[0]?.id || '';
  const change = (index: number, patch: Partial<Auditor>) =>
    setAuditors((list) => list.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const audit = await submit.run<InternalAudit>('POST', '/api/v1/audits', {
      operator: chosen,
      year,
      department: department.trim(),
      scope,
      plannedOn,
      auditors: auditors.map((a) => ({ userId: a.userId.trim(), department: a.department.trim() })),
    });
    if (audit) navigate(`/management/audits/${audit.id}`);
  };
  const fields = {
    operator: { id: 'audit-operator', label: t('mgmt.col.operator') },
    department: { id: 'audit-department', label: t('mgmt.audits.col.department') },
    scope: { id: 'audit-scope', label: t('mgmt.audits.scope') },
    plannedOn: { id: 'audit-planned', label: t('mgmt.audits.col.planned') },
    auditors: { id: 'audit-auditors', label: t('mgmt.audits.col.auditors') },
  };
  // The independence refusal names the whole list; a problem of one auditor's field is shown at that field.
  const listProblems =
    submit.error instanceof ApiError ? submit.error.issues.filter((i) => issuePathOf(i) === 'auditors') : [];
  return (
    <form className="card mgmt-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="audit-form-title">
      <h3 id="audit-form-title">{t('mgmt.audits.new', { year })}</h3>
      <ProblemSummary error={submit.error} fields={fields} />
      <SelectField
        {...fields.operator}
        field="operator"
        error={submit.error}
        value={chosen}
        onChange={setOperator}
        options={operators.map((o) => [o.id, o.name] as const)}
      />
      <div className="mgmt-row">
        <InputField
          {...fields.department}
          field="department"
          error={submit.error}
          value={department}
          onChange={setDepartment}
        />
        <InputField
          {...fields.plannedOn}
          field="plannedOn"
          error={submit.error}
          type="date"
          value={plannedOn}
          onChange={setPlannedOn}
        />
      </div>
      <TextAreaField {...fields.scope} field="scope" error={submit.error} rows={2} value={scope} onChange={setScope} />
      <fieldset
        className="mgmt-auditors"
        id="audit-auditors"
        tabIndex={-1}
        aria-describedby={listProblems.length > 0 ? 'audit-auditors-hint audit-auditors-error' : 'audit-auditors-hint'}
      >
        <legend>{fields.auditors.label}</legend>
        <p className="hint" id="audit-auditors-hint">
          {t('mgmt.audits.auditorsHint')}
        </p>
        {listProblems.length > 0 ? (
          <div className="field-error" id="audit-auditors-error" data-testid="audit-auditors-error">
            {listProblems.map((i) => (
              <p key={i.message} lang="en">
                {i.message}
              </p>
            ))}
          </div>
        ) : null}
        <datalist id="audit-accounts">
          {(directory.data?.items ?? []).map((u) => (
            <option key={u.id} value={u.email}>
              {u.displayName ?? u.email}
            </option>
          ))}
        </datalist>
        {auditors.map((a, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own until saved
          <div className="mgmt-row mgmt-auditor" key={index}>
            <Field
              id={`auditor-${index}-user`}
              label={t('mgmt.audits.auditor', { n: index + 1 })}
              field={`auditors.${index}.userId`}
              error={submit.error}
            >
              {(control) => (
                <input
                  {...control}
                  list="audit-accounts"
                  autoComplete="off"
                  value={a.userId}
                  onChange={(e) => change(index, { userId: e.currentTarget.value })}
                  aria-invalid={control['aria-invalid'] ?? (listProblems.length > 0 ? true : undefined)}
                />
              )}
            </Field>
            <Field
              id={`auditor-${index}-department`}
              label={t('mgmt.audits.auditorDepartment', { n: index + 1 })}
              field={`auditors.${index}.department`}
              error={submit.error}
            >
              {(control) => (
                <input
                  {...control}
                  value={a.department}
                  onChange={(e) => change(index, { department: e.currentTarget.value })}
                  aria-invalid={control['aria-invalid'] ?? (listProblems.length > 0 ? true : undefined)}
                />
              )}
            </Field>
            {auditors.length > 1 ? (
              <button
                type="button"
                className="secondary"
                onClick={() => setAuditors((list) => list.filter((_, i) => i !== index))}
              >
                {t('mgmt.audits.removeAuditor', { n: index + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setAuditors((list) => [...list, { userId: '', department: '' }])}
        >
          {t('mgmt.audits.addAuditor')}
        </button>
      </fieldset>
      <button type="submit" disabled={submit.busy}>
        {t('mgmt.audits.create')}
      </button>
    </form>
  );
}
