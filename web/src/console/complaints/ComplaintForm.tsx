import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { CheckGroup } from '../forms/Check.tsx';
import { Field } from '../forms/Field.tsx';
import type { FieldMap } from '../forms/IssueSummary.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { ErrorSummary } from '../incidents/ErrorSummary.tsx';
import type { IncidentRecord } from '../incidents/types.ts';
import { useOperators } from '../incidents/use-operators.ts';
import { type ComplaintFormState, complaintBody, emptyComplaintForm } from './complaint-form.ts';
import { CHANNEL_VALUES, type Complaint, type ComplaintChannel, type ComplaintKind, KIND_VALUES } from './types.ts';

interface RequestRow {
  readonly id: string;
  readonly trackingCode: string;
  readonly type: string;
}

/** Records a complaint or consultation from any channel, linked to a person, requests and incidents. */
export function ComplaintForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const operators = useOperators();
  const [form, setForm] = useState<ComplaintFormState>(() =>
    emptyComplaintForm(new Date(), operators[0]?.id ?? '', params),
  );
  const action = useSubmit();
  const op = encodeURIComponent(form.operator);
  const requests = useApi<{ items: RequestRow[] }>(`/api/v1/requests?operator=${op}&limit=100`);
  const incidents = useApi<{ items: IncidentRecord[] }>(`/api/v1/incidents?operator=${op}`);
  const set = <K extends keyof ComplaintFormState>(key: K, value: ComplaintFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const label = (key: string) => t(`complaints.field.${key}` as MessageKey);
  const fields: FieldMap = Object.fromEntries(
    (
      [
        ['operator', 'cmp-operator'],
        ['kind', 'cmp-kind'],
        ['channel', 'cmp-channel'],
        ['receivedAt', 'cmp-received'],
        ['summary', 'cmp-summary'],
        ['subjectId', 'cmp-subject'],
        ['requestIds', 'cmp-requests'],
        ['incidentIds', 'cmp-incidents'],
        ['responseDays', 'cmp-days'],
      ] as const
    ).map(([field, id]) => [field, { id, label: label(field) }]),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run<Complaint>('POST', '/api/v1/complaints', complaintBody(form));
    if (created) navigate(`/complaints/${created.id}`, { state: { recorded: true } });
  };
  // The requests and incidents of another operator cannot stay linked when the operator changes.
  const change = <K extends 'operator' | 'kind' | 'channel'>(key: K, value: ComplaintFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value, ...(key === 'operator' ? { requestIds: [], incidentIds: [] } : {}) }));
  const choose = <K extends 'operator' | 'kind' | 'channel'>(
    key: K,
    id: string,
    options: readonly [ComplaintFormState[K], string][],
  ) => (
    <Field id={id} label={label(key)} field={key} error={action.error}>
      {(aria) => (
        <select value={form[key]} onChange={(e) => change(key, e.target.value as ComplaintFormState[K])} {...aria}>
          {key === 'channel' ? <option value="">{t('incidents.form.choose')}</option> : null}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="inc-form" aria-labelledby="cmp-form-title">
      <p>
        <Link to="/complaints">{t('complaints.back')}</Link>
      </p>
      <h1 id="cmp-form-title">{t('complaints.new')}</h1>
      <ErrorSummary error={action.error} fields={fields} />
      <section className="card" aria-labelledby="cmp-what">
        <h2 id="cmp-what">{t('complaints.form.what')}</h2>
        {choose(
          'operator',
          'cmp-operator',
          operators.map((o) => [o.id, o.name]),
        )}
        <div className="rq-inline">
          {choose(
            'kind',
            'cmp-kind',
            KIND_VALUES.map((k: ComplaintKind) => [k, t(`complaints.kind.${k}` as MessageKey)]),
          )}
          {choose(
            'channel',
            'cmp-channel',
            CHANNEL_VALUES.map((c: ComplaintChannel) => [c, t(`complaints.channel.${c}` as MessageKey)]),
          )}
          <Field id="cmp-received" label={label('receivedAt')} field="receivedAt" error={action.error}>
            {(aria) => (
              <input
                type="datetime-local"
                value={form.receivedAt}
                onChange={(e) => set('receivedAt', e.target.value)}
                {...aria}
              />
            )}
          </Field>
        </div>
        <Field
          id="cmp-summary"
          label={label('summary')}
          field="summary"
          error={action.error}
          hint={t('complaints.hint.summary')}
        >
          {(aria) => <textarea value={form.summary} onChange={(e) => set('summary', e.target.value)} {...aria} />}
        </Field>
        <Field
          id="cmp-days"
          label={label('responseDays')}
          field="responseDays"
          error={action.error}
          hint={t('complaints.hint.responseDays')}
        >
          {(aria) => (
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={90}
              value={form.responseDays}
              onChange={(e) => set('responseDays', e.target.value)}
              {...aria}
            />
          )}
        </Field>
      </section>
      <section className="card" aria-labelledby="cmp-links">
        <h2 id="cmp-links">{t('complaints.form.links')}</h2>
        <Field
          id="cmp-subject"
          label={label('subjectId')}
          field="subjectId"
          error={action.error}
          hint={t('complaints.hint.subjectId')}
        >
          {(aria) => (
            <input
              value={form.subjectId}
              onChange={(e) => set('subjectId', e.target.value)}
              autoComplete="off"
              spellCheck={false}
              {...aria}
            />
          )}
        </Field>
        <CheckGroup
          id="cmp-requests"
          legend={label('requestIds')}
          field="requestIds"
          error={action.error}
          {...((requests.data?.items.length ?? 0) === 0 ? { hint: t('complaints.hint.noRequests') } : {})}
          choices={(requests.data?.items ?? []).map((r) => ({
            value: r.id,
            label: `${r.trackingCode} · ${t(`requests.type.${r.type}` as MessageKey)}`,
          }))}
          selected={form.requestIds}
          onChange={(v) => set('requestIds', v)}
        />
        <CheckGroup
          id="cmp-incidents"
          legend={label('incidentIds')}
          field="incidentIds"
          error={action.error}
          {...((incidents.data?.items.length ?? 0) === 0 ? { hint: t('complaints.hint.noIncidents') } : {})}
          choices={(incidents.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
          selected={form.incidentIds}
          onChange={(v) => set('incidentIds', v)}
        />
      </section>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          {t('complaints.form.submit')}
        </button>
        <Link className="button secondary" to="/complaints">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
