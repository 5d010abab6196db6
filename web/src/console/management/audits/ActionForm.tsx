import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n.tsx';
import { InputField, TextAreaField } from '../../forms/inputs.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';

/** Adds a corrective action to one finding: what is to be done, by whom, by when. */
export function ActionForm({
  auditPath,
  findingId,
  onDone,
}: {
  readonly auditPath: string;
  readonly findingId: string;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const submit = useSubmit();
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const prefix = `action-${findingId}`;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run('POST', `${auditPath}/findings/${encodeURIComponent(findingId)}/actions`, {
      action,
      owner: owner.trim(),
      dueOn,
    });
    if (done) {
      setAction('');
      setOwner('');
      setDueOn('');
      onDone();
    }
  };
  const fields = {
    action: { id: `${prefix}-action`, label: t('mgmt.audits.action') },
    owner: { id: `${prefix}-owner`, label: t('mgmt.col.owner') },
    dueOn: { id: `${prefix}-due`, label: t('mgmt.col.due') },
  };
  return (
    <details className="mgmt-details">
      <summary>{t('mgmt.audits.addActionTo', { finding: findingId })}</summary>
      <form
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        aria-label={t('mgmt.audits.addActionTo', { finding: findingId })}
      >
        <ProblemSummary error={submit.error} fields={fields} />
        <TextAreaField
          {...fields.action}
          field="action"
          error={submit.error}
          rows={2}
          value={action}
          onChange={setAction}
        />
        <div className="mgmt-row">
          <InputField {...fields.owner} field="owner" error={submit.error} value={owner} onChange={setOwner} />
          <InputField
            {...fields.dueOn}
            field="dueOn"
            error={submit.error}
            type="date"
            value={dueOn}
            onChange={setDueOn}
          />
        </div>
        <button type="submit" disabled={submit.busy}>
          {t('mgmt.audits.addAction')}
        </button>
      </form>
    </details>
  );
}
