import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { Check, CheckGroup } from '../forms/Check.tsx';
import { Field } from '../forms/Field.tsx';
import type { FieldMap } from '../forms/IssueSummary.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import {
  emptyIncidentForm,
  formFromIncident,
  type IncidentFormState,
  incidentBody,
  incidentPatchBody,
} from './incident-form.ts';
import { INCIDENT_CAUSES, type IncidentCause, type IncidentRecord } from './types.ts';
import { useOperators } from './use-operators.ts';

/**
 * Records an incident with everything the classification needs (BR-1..BR-5, MN-5, BR-8, BR-10, BR-12); given an
 * incident, changes what is known of it (the server classifies it again and the clocks follow).
 */
export function IncidentForm({ incident }: { readonly incident?: IncidentRecord }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { ledger, local } = useLedger();
  const operators = useOperators();
  const [form, setForm] = useState<IncidentFormState>(() =>
    incident ? formFromIncident(incident) : emptyIncidentForm(new Date(), operators[0]?.id ?? ''),
  );
  const back = incident ? `/incidents/${incident.id}` : '/incidents';
  const action = useSubmit();
  const set = <K extends keyof IncidentFormState>(key: K, value: IncidentFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const label = (key: string) => t(`incidents.field.${key}` as MessageKey);
  const fields: FieldMap = Object.fromEntries(
    (
      [
        ['operator', 'inc-operator'],
        ['title', 'inc-title'],
        ['description', 'inc-description'],
        ['discoveredBy', 'inc-discovered-by'],
        ['facts.discoveredAt', 'inc-discovered-at'],
        ['facts.cause', 'inc-cause'],
        ['systems', 'inc-systems'],
        ['facts.items', 'inc-items'],
        ['facts.peopleAffected', 'inc-people'],
        ['facts.asContractorFor', 'inc-client'],
      ] as const
    ).map(([field, id]) => [field, { id, label: label(field.replace('facts.', '')) }]),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = incident
      ? await action.run<IncidentRecord>(
          'PATCH',
          `/api/v1/incidents/${encodeURIComponent(incident.id)}`,
          incidentPatchBody(form),
        )
      : await action.run<IncidentRecord>('POST', '/api/v1/incidents', incidentBody(form));
    if (saved) navigate(`/incidents/${saved.id}`, { state: { [incident ? 'updated' : 'recorded']: true } });
  };
  const systemsOf = (operator: string) =>
    ledger.systems.filter((s) => s.operators === undefined || s.operators.includes(operator));
  const systems = systemsOf(form.operator);
  // Systems of another operator cannot stay chosen when the operator changes.
  const chooseOperator = (operator: string) =>
    setForm((f) => ({
      ...f,
      operator,
      systems: f.systems.filter((id) => systemsOf(operator).some((s) => s.id === id)),
    }));
  const flagBadges = (flags: { specialCare: boolean; financial: boolean; myNumber: boolean }) => (
    <>
      {flags.specialCare ? <span className="badge warn">{t('incidents.flag.specialCare')}</span> : null}
      {flags.financial ? <span className="badge warn">{t('incidents.flag.financial')}</span> : null}
      {flags.myNumber ? <span className="badge warn">{t('incidents.flag.myNumber')}</span> : null}
    </>
  );
  const text = (field: 'title' | 'discoveredBy', id: string, hint?: MessageKey) => (
    <Field id={id} label={label(field)} field={field} error={action.error} {...(hint ? { hint: t(hint) } : {})}>
      {(aria) => <input value={form[field]} onChange={(e) => set(field, e.target.value)} {...aria} />}
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="inc-form" aria-labelledby="inc-form-title">
      <p>
        <Link to={back}>{t(incident ? 'incidents.edit.back' : 'incidents.back')}</Link>
      </p>
      <h1 id="inc-form-title">
        {incident ? t('incidents.edit.title', { title: incident.title }) : t('incidents.new')}
      </h1>
      <p className="hint">{t(incident ? 'incidents.edit.intro' : 'incidents.form.intro')}</p>
      <ErrorSummary error={action.error} fields={fields} />
      <section className="card" aria-labelledby="inc-what">
        <h2 id="inc-what">{t('incidents.form.what')}</h2>
        <Field id="inc-operator" label={label('operator')} field="operator" error={action.error}>
          {(aria) => (
            <select
              value={form.operator}
              disabled={incident !== undefined}
              onChange={(e) => chooseOperator(e.target.value)}
              {...aria}
            >
              {operators.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('title', 'inc-title', 'incidents.hint.title')}
        <Field
          id="inc-description"
          label={label('description')}
          field="description"
          error={action.error}
          hint={t('incidents.hint.description')}
        >
          {(aria) => (
            <textarea value={form.description} onChange={(e) => set('description', e.target.value)} {...aria} />
          )}
        </Field>
        <Field id="inc-cause" label={label('cause')} field="facts.cause" error={action.error}>
          {(aria) => (
            <select value={form.cause} onChange={(e) => set('cause', e.target.value as IncidentCause | '')} {...aria}>
              <option value="">{t('incidents.form.choose')}</option>
              {INCIDENT_CAUSES.map((c) => (
                <option key={c} value={c}>
                  {t(`incidents.cause.${c}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>
      <section className="card" aria-labelledby="inc-when">
        <h2 id="inc-when">{t('incidents.form.when')}</h2>
        <Field
          id="inc-discovered-at"
          label={label('discoveredAt')}
          field="facts.discoveredAt"
          error={action.error}
          hint={t('incidents.hint.discoveredAt')}
        >
          {(aria) => (
            <input
              type="datetime-local"
              value={form.discoveredAt}
              onChange={(e) => set('discoveredAt', e.target.value)}
              {...aria}
            />
          )}
        </Field>
        {text('discoveredBy', 'inc-discovered-by', 'incidents.hint.discoveredBy')}
      </section>
      <section className="card" aria-labelledby="inc-data">
        <h2 id="inc-data">{t('incidents.form.data')}</h2>
        <CheckGroup
          id="inc-systems"
          legend={label('systems')}
          field="systems"
          error={action.error}
          choices={systems.map((s) => ({ value: s.id, label: local(s.name) || s.id }))}
          selected={form.systems}
          onChange={(v) => set('systems', v)}
        />
        <CheckGroup
          id="inc-items"
          legend={label('items')}
          field="facts.items"
          error={action.error}
          hint={t('incidents.hint.items')}
          choices={ledger.dataItems.map((i) => ({
            value: i.id,
            label: local(i.name) || i.id,
            extra: flagBadges(i.flags),
          }))}
          selected={form.items}
          onChange={(v) => set('items', v)}
        />
        <Field
          id="inc-people"
          label={label('peopleAffected')}
          field="facts.peopleAffected"
          error={action.error}
          hint={t('incidents.hint.peopleAffected')}
        >
          {(aria) => (
            <input
              type="number"
              inputMode="numeric"
              min={0}
              value={form.peopleAffected}
              onChange={(e) => set('peopleAffected', e.target.value)}
              {...aria}
            />
          )}
        </Field>
        <Check
          id="inc-encrypted"
          label={label('stronglyEncrypted')}
          hint={t('incidents.hint.stronglyEncrypted')}
          checked={form.stronglyEncrypted}
          onChange={(v) => set('stronglyEncrypted', v)}
        />
        <Check
          id="inc-pseudonymised"
          label={label('pseudonymisedOnly')}
          checked={form.pseudonymisedOnly}
          onChange={(v) => set('pseudonymisedOnly', v)}
        />
        <Check
          id="inc-pmark"
          label={label('privacyMarkHolder')}
          hint={t('incidents.hint.privacyMarkHolder')}
          checked={form.privacyMarkHolder}
          onChange={(v) => set('privacyMarkHolder', v)}
        />
      </section>
      <section className="card" aria-labelledby="inc-contractor">
        <h2 id="inc-contractor">{t('incidents.form.contractor')}</h2>
        <Field
          id="inc-client"
          label={label('asContractorFor')}
          field="facts.asContractorFor"
          error={action.error}
          hint={t('incidents.hint.asContractorFor')}
        >
          {(aria) => (
            <input value={form.asContractorFor} onChange={(e) => set('asContractorFor', e.target.value)} {...aria} />
          )}
        </Field>
        {form.asContractorFor.trim() !== '' ? (
          <Check
            id="inc-client-notified"
            label={label('clientNotified')}
            checked={form.clientNotified}
            onChange={(v) => set('clientNotified', v)}
          />
        ) : null}
      </section>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          {t(incident ? 'incidents.edit.submit' : 'incidents.form.submit')}
        </button>
        <Link className="button secondary" to={back}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
