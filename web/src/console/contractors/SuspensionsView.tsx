import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { InputField } from '../forms/inputs.tsx';
import { messageAt, splitIssues } from '../forms/issues.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useLedger, useUserNames } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from '../retention/ErrorSummary.tsx';
import { LoadError } from '../retention/LoadError.tsx';
import { useCanEdit } from '../retention/use-can-edit.ts';
import { japanDay } from './review-form.ts';
import { SuspendForm } from './SuspendForm.tsx';
import type { Items, Suspension } from './types.ts';

/** Recorded suspensions (newest first), lifting one, and suspending a contractor. */
export function SuspensionsView({ contractor }: { readonly contractor?: string }) {
  const { t } = useI18n();
  const list = useApi<Items<Suspension>>('/api/v1/contractors/suspensions');
  const today = japanDay(new Date());
  const canEdit = useCanEdit();
  const items = [...(list.data?.items ?? [])]
    .filter((s) => contractor === undefined || s.contractor === contractor)
    .reverse();
  return (
    <>
      <section aria-labelledby="suspensions-title">
        <h2 id="suspensions-title">{t('contractors.suspensions.title')}</h2>
        {list.data === undefined ? (
          <LoadError loaded={list} />
        ) : items.length === 0 ? (
          <p className="card">{t('contractors.suspensions.none')}</p>
        ) : (
          <ul className="rt-holds" data-testid="suspensions-list">
            {items.map((s) => (
              <SuspensionCard key={s.id} suspension={s} today={today} onLifted={list.reload} />
            ))}
          </ul>
        )}
      </section>
      {canEdit ? <SuspendForm {...(contractor ? { contractor } : {})} today={today} onDone={list.reload} /> : null}
    </>
  );
}

function SuspensionCard(props: {
  readonly suspension: Suspension;
  readonly today: string;
  readonly onLifted: () => void;
}) {
  const { t, date } = useI18n();
  const { nameOf } = useLedger();
  const userName = useUserNames();
  const s = props.suspension;
  const submit = useSubmit();
  const [liftedOn, setLiftedOn] = useState(props.today);
  const [reason, setReason] = useState('');
  const canEdit = useCanEdit();
  const prefix = `lift-${s.id}`;
  const split = splitIssues(submit.error, [
    { path: 'liftedOn', id: `${prefix}-on`, label: t('contractors.lift.on') },
    { path: 'reason', id: `${prefix}-reason`, label: t('contractors.lift.reason') },
  ]);
  const lift = async (event: FormEvent) => {
    event.preventDefault();
    if (
      await submit.run('POST', `/api/v1/contractors/suspensions/${encodeURIComponent(s.id)}/lift`, {
        liftedOn,
        reason,
      })
    ) {
      props.onLifted();
    }
  };
  return (
    <li className="card" data-testid={`suspension-${s.contractor}`}>
      <h3>
        {s.lifted ? (
          <span className="badge ok">{t('contractors.suspension.lifted')}</span>
        ) : (
          <span className="badge danger">{t('contractors.suspension.active')}</span>
        )}{' '}
        <Link to={`/contractors/${s.contractor}`}>{nameOf('contractors', s.contractor)}</Link>
      </h3>
      <dl className="rq-facts">
        <dt>{t('contractors.suspend.on')}</dt>
        <dd>
          {date(s.suspendedOn)} · {userName(s.recordedBy)}
        </dd>
        <dt>{t('contractors.suspend.reason')}</dt>
        <dd>{s.reason}</dd>
        {s.lifted ? (
          <>
            <dt>{t('contractors.lift.on')}</dt>
            <dd>
              {date(s.lifted.liftedOn)} · {userName(s.lifted.recordedBy)} · {s.lifted.reason}
            </dd>
          </>
        ) : null}
      </dl>
      {s.lifted || !canEdit ? null : (
        <details>
          <summary>{t('contractors.lift.open')}</summary>
          <form onSubmit={(e) => void lift(e)} noValidate aria-label={t('contractors.lift.open')}>
            <ErrorSummary error={submit.error} fields={split.fields} />
            <InputField
              id={`${prefix}-on`}
              label={t('contractors.lift.on')}
              message={messageAt(split, 'liftedOn')}
              type="date"
              value={liftedOn}
              onChange={setLiftedOn}
            />
            <InputField
              id={`${prefix}-reason`}
              label={t('contractors.lift.reason')}
              message={messageAt(split, 'reason')}
              maxLength={2000}
              value={reason}
              onChange={setReason}
            />
            <button type="submit" disabled={submit.busy}>
              {t('contractors.lift.submit')}
            </button>
          </form>
        </details>
      )}
    </li>
  );
}
