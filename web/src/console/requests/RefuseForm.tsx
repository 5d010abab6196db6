import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { OperatorProcedure, StaffRequest } from './types.ts';
import { fieldIssue, StepError, useStep } from './use-step.tsx';

const ALL_GROUNDS = [
  'harm-to-person',
  'business-hindrance',
  'other-law',
  'incomplete-form',
  'unpaid-fee',
  'identity-unverified',
  'no-data',
];

/** Refusal on one of the operator's grounds, with the reason the person is told (RQ-3, RQ-7). */
export function RefuseForm(props: {
  readonly request: StaffRequest;
  readonly procedure: OperatorProcedure | undefined;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const step = useStep(props.onDone);
  const grounds = props.procedure?.procedure.refusalGrounds ?? ALL_GROUNDS;
  const [ground, setGround] = useState('');
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void step.post(`/api/v1/requests/${props.request.id}/refuse`, { ground, reason });
  };
  const groundIssue = fieldIssue(step.error, 'ground');
  const reasonIssue = fieldIssue(step.error, 'reason');
  return (
    <details className="rq-refuse">
      <summary>{t('requests.refuse.open')}</summary>
      <form onSubmit={submit} aria-label={t('requests.refuse.open')}>
        <p className="hint">{t('requests.refuse.hint')}</p>
        <div className="field">
          <label htmlFor="refuse-ground">{t('requests.refuse.ground')}</label>
          <select
            id="refuse-ground"
            value={ground}
            onChange={(e) => setGround(e.currentTarget.value)}
            aria-invalid={groundIssue !== undefined}
            aria-describedby={groundIssue ? 'refuse-ground-error' : undefined}
          >
            <option value="">{t('requests.refuse.choose')}</option>
            {grounds.map((g) => (
              <option key={g} value={g}>
                {t(`requests.ground.${g}` as MessageKey)}
              </option>
            ))}
          </select>
          {groundIssue ? (
            <p className="field-error" id="refuse-ground-error">
              {t('requests.refuse.groundMissing')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="refuse-reason">{t('requests.refuse.reason')}</label>
          <p className="hint" id="refuse-reason-hint">
            {t('requests.refuse.reasonHint')}
          </p>
          <textarea
            id="refuse-reason"
            value={reason}
            maxLength={4000}
            onChange={(e) => setReason(e.currentTarget.value)}
            aria-invalid={reasonIssue !== undefined}
            aria-describedby={`refuse-reason-hint${reasonIssue ? ' refuse-reason-error' : ''}`}
          />
          {reasonIssue ? (
            <p className="field-error" id="refuse-reason-error">
              {t('requests.refuse.reasonMissing')}
            </p>
          ) : null}
        </div>
        <StepError error={step.error} fields={['ground', 'reason']} />
        <button type="submit" className="danger" disabled={step.busy}>
          {t('requests.refuse.submit')}
        </button>
      </form>
    </details>
  );
}
