import { type FormEvent, useState } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ErrorSummary, FormField, useSubmit } from '../retention/FormKit.tsx';
import { messageAt, splitIssues } from '../retention/form-issues.ts';
import type { Suspension } from './types.ts';

/** Suspending a contractor: from now on the decision engine refuses provision to it. */
export function SuspendForm(props: {
  readonly contractor?: string;
  readonly today: string;
  readonly onDone: (suspension: Suspension) => void;
}) {
  const { t } = useI18n();
  const { ledger, nameOf } = useLedger();
  const submit = useSubmit();
  const [contractor, setContractor] = useState(props.contractor ?? '');
  const [suspendedOn, setSuspendedOn] = useState(props.today);
  const [reason, setReason] = useState('');
  const split = splitIssues(submit.error, [
    { path: 'contractor', id: 'suspend-contractor', label: t('contractors.col.contractor') },
    { path: 'suspendedOn', id: 'suspend-on', label: t('contractors.suspend.on') },
    { path: 'reason', id: 'suspend-reason', label: t('contractors.suspend.reason') },
  ]);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.send<Suspension>('POST', '/api/v1/contractors/suspensions', {
      contractor,
      suspendedOn,
      reason,
    });
    if (done) {
      setReason('');
      props.onDone(done);
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} className="card rt-form" aria-labelledby="suspend-title" noValidate>
      <h2 id="suspend-title">{t('contractors.suspend.title')}</h2>
      <p className="hint">{t('contractors.suspend.hint')}</p>
      <ErrorSummary error={submit.error} split={split} />
      {props.contractor === undefined ? (
        <FormField
          id="suspend-contractor"
          label={t('contractors.col.contractor')}
          message={messageAt(split, 'contractor')}
        >
          {(aria) => (
            <select {...aria} value={contractor} onChange={(e) => setContractor(e.target.value)}>
              <option value="">{t('retention.choose')}</option>
              {ledger.contractors.map((c) => (
                <option key={c.id} value={c.id}>
                  {nameOf('contractors', c.id)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField id="suspend-on" label={t('contractors.suspend.on')} message={messageAt(split, 'suspendedOn')}>
        {(aria) => <input {...aria} type="date" value={suspendedOn} onChange={(e) => setSuspendedOn(e.target.value)} />}
      </FormField>
      <FormField id="suspend-reason" label={t('contractors.suspend.reason')} message={messageAt(split, 'reason')}>
        {(aria) => (
          <textarea {...aria} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        )}
      </FormField>
      <p className="actions">
        <button type="submit" className="danger" disabled={submit.busy}>
          {t('contractors.suspend.submit')}
        </button>
      </p>
    </form>
  );
}
