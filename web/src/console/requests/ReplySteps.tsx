import { type FormEvent, useState } from 'react';
import { ApiError } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { useSession } from '../session.tsx';
import type { StaffRequest } from './types.ts';
import { fieldIssue, StepError, useStep } from './use-step.tsx';

interface StepProps {
  readonly request: StaffRequest;
  readonly onDone: () => void;
}

/** Builds the reply package and the letter (PDF) in the chosen language, for the preview and for sending. */
export function PrepareForm({ request, onDone, prepared }: StepProps & { readonly prepared: boolean }) {
  const { t, locale } = useI18n();
  const step = useStep(onDone);
  const [lang, setLang] = useState<'ja' | 'en'>(locale);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void step.post(`/api/v1/requests/${request.id}/prepare-response`, { lang });
  };
  return (
    <form onSubmit={submit} className="rq-step" aria-labelledby="prepare-title">
      <h3 id="prepare-title">{t(prepared ? 'requests.step.reprepare' : 'requests.step.prepare')}</h3>
      <div className="rq-inline">
        <div className="field">
          <label htmlFor="prepare-lang">{t('requests.prepare.lang')}</label>
          <select
            id="prepare-lang"
            value={lang}
            onChange={(e) => setLang(e.currentTarget.value === 'en' ? 'en' : 'ja')}
          >
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="field">
          <button type="submit" className={prepared ? 'secondary' : ''} disabled={step.busy}>
            {t(prepared ? 'requests.prepare.again' : 'requests.prepare.submit')}
          </button>
        </div>
      </div>
      <StepError error={step.error} />
    </form>
  );
}

/** A step that is one button: review sign-off, approval, execution, closing. */
export function ButtonStep(
  props: StepProps & {
    readonly action: 'review' | 'approve' | 'execute' | 'close';
    readonly title: string;
    readonly hint?: string;
    readonly label: string;
    /** Shown with the API's refusal (e.g. why a second person must approve). */
    readonly explainRefusal?: (error: ApiError) => string | undefined;
    readonly confirm?: string;
  },
) {
  const step = useStep(props.onDone);
  const [confirmed, setConfirmed] = useState(false);
  const id = `step-${props.action}`;
  return (
    <section className="rq-step" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      {props.confirm ? (
        <div className="rq-check">
          <input
            type="checkbox"
            id={`${id}-confirm`}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />
          <label htmlFor={`${id}-confirm`}>{props.confirm}</label>
        </div>
      ) : null}
      <StepError
        error={step.error}
        explain={step.error instanceof ApiError ? props.explainRefusal?.(step.error) : undefined}
      />
      <button
        type="button"
        disabled={step.busy || (props.confirm !== undefined && !confirmed)}
        onClick={() => void step.post(`/api/v1/requests/${props.request.id}/${props.action}`)}
      >
        {props.label}
      </button>
    </section>
  );
}

/** Approval by a second person: the API refuses the reviewer, and the screen says why. */
export function ApproveStep({ request, onDone }: StepProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const own = request.reviewedBy === me.account.id;
  return (
    <ButtonStep
      request={request}
      onDone={onDone}
      action="approve"
      title={t('requests.step.approve')}
      hint={own ? t('requests.approve.ownReview') : t('requests.approve.hint')}
      label={t('requests.approve.submit')}
      explainRefusal={(error) => (error.status === 409 && own ? t('requests.approve.secondPerson') : undefined)}
    />
  );
}

/** Sending the reply: a download link by e-mail (electronic) or the record of posting (paper). */
export function SendForm({ request, onDone }: StepProps) {
  const { t } = useI18n();
  const step = useStep(onDone);
  const [days, setDays] = useState('14');
  const [downloads, setDownloads] = useState('3');
  const [method, setMethod] = useState('');
  const [reference, setReference] = useState('');
  const electronic = request.replyMethod === 'electronic';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (electronic) {
      void step.post(`/api/v1/requests/${request.id}/deliver`, {
        expiresInDays: Number(days),
        maxDownloads: Number(downloads),
      });
    } else {
      void step.post(`/api/v1/requests/${request.id}/dispatch`, {
        method,
        ...(reference.trim() ? { reference: reference.trim() } : {}),
      });
    }
  };
  const issue = (field: string) => fieldIssue(step.error, field);
  const input = (id: string, field: string, label: string, value: string, set: (v: string) => void, type = 'text') => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => set(e.currentTarget.value)}
        aria-invalid={issue(field) !== undefined}
        aria-describedby={issue(field) ? `${id}-error` : undefined}
        {...(type === 'number' ? { min: 1 } : {})}
      />
      {issue(field) ? (
        <p className="field-error" id={`${id}-error`}>
          {issue(field)}
        </p>
      ) : null}
    </div>
  );
  return (
    <form onSubmit={submit} className="rq-step" aria-labelledby="send-title">
      <h3 id="send-title">{t(electronic ? 'requests.step.deliver' : 'requests.step.dispatch')}</h3>
      <p className="hint">{t(electronic ? 'requests.send.electronicHint' : 'requests.send.paperHint')}</p>
      {electronic ? (
        <div className="rq-inline">
          {input('send-days', 'expiresInDays', t('requests.send.days'), days, setDays, 'number')}
          {input('send-downloads', 'maxDownloads', t('requests.send.downloads'), downloads, setDownloads, 'number')}
        </div>
      ) : (
        <div className="rq-inline">
          {input('send-method', 'method', t('requests.send.method'), method, setMethod)}
          {input('send-reference', 'reference', t('requests.send.reference'), reference, setReference)}
        </div>
      )}
      <StepError error={step.error} fields={['expiresInDays', 'maxDownloads', 'method', 'reference']} />
      <button type="submit" disabled={step.busy}>
        {t(electronic ? 'requests.send.submitElectronic' : 'requests.send.submitPaper')}
      </button>
    </form>
  );
}
