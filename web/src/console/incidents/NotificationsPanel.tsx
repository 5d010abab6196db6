import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { Field } from '../forms/Field.tsx';
import { InputField, TextAreaField } from '../forms/inputs.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { AffectedPeopleForm } from './AffectedPeopleForm.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { IncTable } from './IncTable.tsx';
import type { IncidentDetail } from './types.ts';

/** Notices to the affected people (BR-11) and, for an incident handled as a contractor, to the client (BR-10). */
export function NotificationsPanel(props: {
  readonly detail: IncidentDetail;
  readonly canEdit: boolean;
  readonly onChange: () => void;
}) {
  const { t, dateTime } = useI18n();
  const nameOf = useUserNames();
  const { detail } = props;
  const base = `/api/v1/incidents/${encodeURIComponent(detail.id)}`;
  const client = detail.facts.asContractorFor;
  return (
    <section className="card" aria-labelledby="inc-notify-title" data-testid="notifications">
      <h2 id="inc-notify-title">{t('incidents.notify.title')}</h2>
      <p className="hint">
        {t(detail.classification.notifyIndividuals ? 'incidents.class.notifyPeople' : 'incidents.class.noNotifyPeople')}
      </p>
      {detail.notifications.length === 0 ? (
        <p>{t('incidents.notify.none')}</p>
      ) : (
        <IncTable
          caption={t('incidents.notify.title')}
          columns={[
            t('incidents.notify.when'),
            t('incidents.notify.kind'),
            t('incidents.notify.to'),
            t('incidents.notify.note'),
          ]}
        >
          {detail.notifications.map((n) => (
            <tr key={n.id}>
              <td>
                {dateTime(n.recordedAt)}
                <br />
                <span className="hint">{nameOf(n.recordedBy)}</span>
              </td>
              <td>
                {t(`incidents.notify.kind.${n.kind}` as MessageKey)}
                {n.channel ? ` · ${t(`incidents.channel.${n.channel}` as MessageKey)}` : ''}
              </td>
              <td>
                {n.subjectId ? (
                  <Link to={`/people?subject=${encodeURIComponent(n.subjectId)}`}>{n.subjectId}</Link>
                ) : n.kind === 'client' ? (
                  client
                ) : (
                  '—'
                )}
                {n.kind === 'dispatch' && n.channel === 'letter' ? (
                  <>
                    {' · '}
                    <a href={`${base}/notifications/${n.id}/letter`}>{t('incidents.notify.letterPdf')}</a>
                  </>
                ) : null}
              </td>
              <td className="inc-wrap">{n.description || '—'}</td>
            </tr>
          ))}
        </IncTable>
      )}
      {props.canEdit ? (
        <>
          <AffectedPeopleForm incidentId={detail.id} onDone={props.onChange} />
          <RecordNotificationForm incidentId={detail.id} onDone={props.onChange} />
          {client !== undefined ? (
            <ClientNotificationForm incidentId={detail.id} client={client} onDone={props.onChange} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** A notice sent outside Mamori to one person, or a substitute measure (public announcement, enquiry desk). */
function RecordNotificationForm({ incidentId, onDone }: { readonly incidentId: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'dispatch' | 'substitute'>('substitute');
  const [subjectId, setSubjectId] = useState('');
  const [channel, setChannel] = useState<'letter' | 'email'>('letter');
  const [description, setDescription] = useState('');
  const action = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body =
      kind === 'dispatch' ? { kind, subjectId: subjectId.trim(), channel, description } : { kind, description };
    if (await action.run('POST', `/api/v1/incidents/${encodeURIComponent(incidentId)}/notifications`, body)) {
      setSubjectId('');
      setDescription('');
      onDone();
    }
  };
  const fields = {
    subjectId: { id: 'ntf-subject', label: t('incidents.notify.subject') },
    channel: { id: 'ntf-record-channel', label: t('incidents.notify.channel') },
    description: { id: 'ntf-description', label: t('incidents.notify.description') },
  };
  return (
    <details className="inc-subform">
      <summary>{t('incidents.notify.record')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('incidents.notify.record')}>
        <ErrorSummary error={action.error} fields={fields} />
        <div className="field">
          <label htmlFor="ntf-record-kind">{t('incidents.notify.kind')}</label>
          <select id="ntf-record-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="substitute">{t('incidents.notify.kind.substitute')}</option>
            <option value="dispatch">{t('incidents.notify.kind.dispatch')}</option>
          </select>
        </div>
        {kind === 'dispatch' ? (
          <div className="rq-inline">
            <InputField
              id="ntf-subject"
              label={fields.subjectId.label}
              field="subjectId"
              error={action.error}
              value={subjectId}
              onChange={setSubjectId}
            />
            <Field id="ntf-record-channel" label={fields.channel.label} field="channel" error={action.error}>
              {(aria) => (
                <select value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)} {...aria}>
                  <option value="letter">{t('incidents.channel.letter')}</option>
                  <option value="email">{t('incidents.channel.email')}</option>
                </select>
              )}
            </Field>
          </div>
        ) : null}
        <TextAreaField
          id="ntf-description"
          label={fields.description.label}
          field="description"
          error={action.error}
          hint={t(kind === 'substitute' ? 'incidents.notify.substituteHint' : 'incidents.notify.dispatchHint')}
          value={description}
          onChange={setDescription}
        />
        <button type="submit" disabled={action.busy}>
          {t('incidents.notify.recordSubmit')}
        </button>
      </form>
    </details>
  );
}

/** BR-10: the client told by the contractor (Mamori e-mails the newest draft when an address is given). */
function ClientNotificationForm(props: {
  readonly incidentId: string;
  readonly client: string;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const [channel, setChannel] = useState<'email' | 'letter' | 'phone' | 'other'>('phone');
  const [email, setEmail] = useState('');
  const [description, setDescription] = useState('');
  const action = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { channel, description, ...(channel === 'email' && email.trim() ? { email: email.trim() } : {}) };
    if (
      await action.run('POST', `/api/v1/incidents/${encodeURIComponent(props.incidentId)}/client-notification`, body)
    ) {
      setDescription('');
      props.onDone();
    }
  };
  const fields = {
    email: { id: 'cli-email', label: t('incidents.client.email') },
    description: { id: 'cli-description', label: t('incidents.notify.description') },
  };
  return (
    <details className="inc-subform">
      <summary>{t('incidents.client.title', { client: props.client })}</summary>
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t('incidents.client.title', { client: props.client })}
      >
        <p className="hint">{t('incidents.client.hint')}</p>
        <ErrorSummary error={action.error} fields={fields} />
        <div className="field">
          <label htmlFor="cli-channel">{t('incidents.notify.channel')}</label>
          <select id="cli-channel" value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
            {(['phone', 'letter', 'email', 'other'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`incidents.channel.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {channel === 'email' ? (
          <InputField
            id="cli-email"
            label={fields.email.label}
            field="email"
            error={action.error}
            hint={t('incidents.client.emailHint')}
            type="email"
            value={email}
            onChange={setEmail}
          />
        ) : null}
        <TextAreaField
          id="cli-description"
          label={fields.description.label}
          field="description"
          error={action.error}
          value={description}
          onChange={setDescription}
        />
        <button type="submit" disabled={action.busy}>
          {t('incidents.client.submit')}
        </button>
      </form>
    </details>
  );
}
