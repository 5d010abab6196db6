import { type FormEvent, useState } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { InputField, TextAreaField } from '../forms/inputs.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { IncTable } from './IncTable.tsx';
import type { IncidentDetail } from './types.ts';

/** Corrective and preventive actions with owner and due date; an open one past its date is overdue. */
export function ActionsPanel(props: {
  readonly detail: IncidentDetail;
  readonly canEdit: boolean;
  readonly today: string;
  readonly onChange: () => void;
}) {
  const { t, date, dateTime } = useI18n();
  const nameOf = useUserNames();
  const close = useSubmit();
  const base = `/api/v1/incidents/${encodeURIComponent(props.detail.id)}/actions`;
  const closeOne = async (id: string) => {
    if (await close.run('POST', `${base}/${encodeURIComponent(id)}/close`)) props.onChange();
  };
  return (
    <section className="card" aria-labelledby="inc-actions-title" data-testid="actions">
      <h2 id="inc-actions-title">{t('incidents.actions.title')}</h2>
      {props.detail.actions.length === 0 ? (
        <p>{t('incidents.actions.none')}</p>
      ) : (
        <IncTable
          caption={t('incidents.actions.title')}
          columns={[
            t('incidents.actions.description'),
            t('incidents.actions.owner'),
            t('incidents.actions.due'),
            t('incidents.actions.status'),
          ]}
        >
          {props.detail.actions.map((a) => (
            <tr key={a.id}>
              <td className="inc-wrap">{a.description}</td>
              <td>{a.owner}</td>
              <td>
                {date(a.dueDate)}{' '}
                {a.status === 'open' && a.dueDate < props.today ? (
                  <span className="badge overdue">{t('requests.due.overdue')}</span>
                ) : null}
              </td>
              <td>
                {a.status === 'closed' ? (
                  <>
                    <span className="badge ok">{t('incidents.actions.closed')}</span>{' '}
                    <span className="hint">
                      {dateTime(a.closedAt)} · {nameOf(a.closedBy)}
                    </span>
                  </>
                ) : props.canEdit ? (
                  <button
                    type="button"
                    className="secondary inc-small"
                    disabled={close.busy}
                    onClick={() => void closeOne(a.id)}
                  >
                    {t('incidents.actions.close', { what: a.description.slice(0, 40) })}
                  </button>
                ) : (
                  <span className="badge">{t('incidents.actions.open')}</span>
                )}
              </td>
            </tr>
          ))}
        </IncTable>
      )}
      <ErrorSummary error={close.error} fields={{}} />
      {props.canEdit ? <AddActionForm incidentId={props.detail.id} onDone={props.onChange} /> : null}
    </section>
  );
}

function AddActionForm({ incidentId, onDone }: { readonly incidentId: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const action = useSubmit();
  const fields = {
    description: { id: 'act-description', label: t('incidents.actions.description') },
    owner: { id: 'act-owner', label: t('incidents.actions.owner') },
    dueDate: { id: 'act-due', label: t('incidents.actions.due') },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { description, owner, dueDate };
    if (await action.run('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/actions`, body)) {
      setDescription('');
      setOwner('');
      setDueDate('');
      onDone();
    }
  };
  return (
    <details className="inc-subform">
      <summary>{t('incidents.actions.add')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('incidents.actions.add')}>
        <ErrorSummary error={action.error} fields={fields} />
        <TextAreaField
          id="act-description"
          label={fields.description.label}
          field="description"
          error={action.error}
          value={description}
          onChange={setDescription}
        />
        <div className="rq-inline">
          <InputField
            id="act-owner"
            label={fields.owner.label}
            field="owner"
            error={action.error}
            value={owner}
            onChange={setOwner}
          />
          <InputField
            id="act-due"
            label={fields.dueDate.label}
            field="dueDate"
            error={action.error}
            type="date"
            value={dueDate}
            onChange={setDueDate}
          />
        </div>
        <button type="submit" disabled={action.busy}>
          {t('incidents.actions.addSubmit')}
        </button>
      </form>
    </details>
  );
}
