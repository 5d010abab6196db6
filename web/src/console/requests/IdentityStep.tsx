import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { DocumentInfo, OperatorProcedure, StaffRequest } from './types.ts';
import { fieldIssue, StepError, useStep } from './use-step.tsx';

interface Props {
  readonly request: StaffRequest;
  readonly documents: readonly DocumentInfo[];
  readonly procedure: OperatorProcedure | undefined;
  readonly onDone: () => void;
}

/** Identity check against the documents the ledger names (self or the agent's kind); the uploads are listed to tick. */
export function VerifyIdentityForm({ request, documents, procedure, onDone }: Props) {
  const { t, locale } = useI18n();
  const step = useStep(onDone);
  const uploads = documents.filter((d) => d.kind !== 'response');
  const [checked, setChecked] = useState<readonly string[]>([]);
  const [other, setOther] = useState('');
  const [subjectId, setSubjectId] = useState(request.requester.subjectId ?? '');
  const agentKind = request.requester.agentKind;
  const required = [
    ...(procedure?.procedure.identity.self ?? []),
    ...(agentKind ? (procedure?.procedure.identity.agents[agentKind] ?? []) : []),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = [
      ...uploads.filter((d) => checked.includes(d.id)).map((d) => d.fileName),
      ...(other.trim() ? [other.trim()] : []),
    ];
    void step.post(`/api/v1/requests/${request.id}/verify-identity`, {
      documents: names,
      ...(subjectId.trim() ? { subjectId: subjectId.trim() } : {}),
    });
  };
  const documentsIssue = fieldIssue(step.error, 'documents');
  const subjectIssue = fieldIssue(step.error, 'subjectId');
  return (
    <form onSubmit={submit} className="rq-step" aria-labelledby="verify-title">
      <h3 id="verify-title">{t('requests.step.verify')}</h3>
      {required.length > 0 ? (
        <>
          <p className="hint">{t('requests.verify.required')}</p>
          <ul>
            {required.map((doc) => (
              <li key={doc.en}>{doc[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <fieldset aria-describedby={documentsIssue ? 'verify-documents-error' : undefined}>
        <legend>{t('requests.verify.checked')}</legend>
        {uploads.length === 0 ? <p className="hint">{t('requests.verify.noUploads')}</p> : null}
        {uploads.map((d) => (
          <div className="rq-check" key={d.id}>
            <input
              type="checkbox"
              id={`verify-${d.id}`}
              checked={checked.includes(d.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setChecked((list) => (on ? [...list, d.id] : list.filter((x) => x !== d.id)));
              }}
            />
            <label htmlFor={`verify-${d.id}`}>
              {d.fileName} <span className="hint">({t(`requests.document.${d.kind}` as MessageKey)})</span>
            </label>
          </div>
        ))}
        <div className="field">
          <label htmlFor="verify-other">{t('requests.verify.other')}</label>
          <input id="verify-other" value={other} onChange={(e) => setOther(e.currentTarget.value)} maxLength={200} />
        </div>
        {documentsIssue ? (
          <p className="field-error" id="verify-documents-error">
            {t('requests.verify.needOne')}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="verify-subject">{t('requests.verify.subjectId')}</label>
        <p className="hint" id="verify-subject-hint">
          {t('requests.verify.subjectIdHint')}
        </p>
        <input
          id="verify-subject"
          value={subjectId}
          onChange={(e) => setSubjectId(e.currentTarget.value)}
          aria-invalid={subjectIssue !== undefined}
          aria-describedby={`verify-subject-hint${subjectIssue ? ' verify-subject-error' : ''}`}
        />
        {subjectIssue ? (
          <p className="field-error" id="verify-subject-error">
            {subjectIssue}
          </p>
        ) : null}
      </div>
      <StepError error={step.error} fields={['documents', 'subjectId']} />
      <button type="submit" disabled={step.busy}>
        {t('requests.verify.submit')}
      </button>
    </form>
  );
}

/** The fee was paid: how (the operator's payment methods, or another). */
export function RecordPaymentForm({ request, procedure, onDone }: Omit<Props, 'documents'>) {
  const { t, yen } = useI18n();
  const step = useStep(onDone);
  const methods = procedure?.procedure.payment.methods ?? [];
  // The procedures may load after the form: until a method is picked, the first of the ledger's is meant.
  const [picked, setMethod] = useState('');
  const method = picked || (methods[0] ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void step.post(`/api/v1/requests/${request.id}/record-payment`, { method });
  };
  const issue = fieldIssue(step.error, 'method');
  return (
    <form onSubmit={submit} className="rq-step" aria-labelledby="payment-title">
      <h3 id="payment-title">{t('requests.step.payment', { amount: yen(request.fee.amount) })}</h3>
      <div className="field">
        <label htmlFor="payment-method">{t('requests.payment.method')}</label>
        {methods.length > 0 ? (
          <select
            id="payment-method"
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value)}
            aria-invalid={issue !== undefined}
            aria-describedby={issue ? 'payment-method-error' : undefined}
          >
            {methods.map((m) => (
              <option key={m} value={m}>
                {t(`privacyRequest.payment.${m}` as MessageKey)}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="payment-method"
            value={method}
            onChange={(e) => setMethod(e.currentTarget.value)}
            aria-invalid={issue !== undefined}
            aria-describedby={issue ? 'payment-method-error' : undefined}
          />
        )}
        {issue ? (
          <p className="field-error" id="payment-method-error">
            {issue}
          </p>
        ) : null}
      </div>
      <StepError error={step.error} fields={['method']} />
      <button type="submit" disabled={step.busy}>
        {t('requests.payment.submit')}
      </button>
    </form>
  );
}
