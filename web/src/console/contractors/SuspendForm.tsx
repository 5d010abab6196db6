import { type FormEvent, useState } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../forms/inputs.tsx';
import { messageAt, splitIssues } from '../forms/issues.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from '../retention/ErrorSummary.tsx';
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
    const done = await submit.run<Suspension>('POST', '/api/v1/contractors/suspensions', {
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
      <ErrorSummary error={submit.error} fields={split.fields} />
      {props.contractor === undefined ? (
        <SelectField
          id="suspend-contractor"
          label={t('contractors.col.contractor')}
          message={messageAt(split, 'contractor')}
          value={contractor}
          onChange={setContractor}
          empty={t('retention.choose')}
          options={ledger.contractors.map((c) => [c.id, nameOf('contractors', c.id)] as const)}
        />
      ) : null}
      <InputField
        id="suspend-on"
        label={t('contractors.suspend.on')}
        message={messageAt(split, 'suspendedOn')}
        type="date"
        value={suspendedOn}
        onChange={setSuspendedOn}
      />
      <TextAreaField
        id="suspend-reason"
        label={t('contractors.suspend.reason')}
        message={messageAt(split, 'reason')}
        rows={2}
        maxLength={2000}
        value={reason}
        onChange={setReason}
      />
      <p className="actions">
        <button type="submit" className="danger" disabled={submit.busy}>
          {t('contractors.suspend.submit')}
        </button>
      </p>
    </form>
  );
}
