import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n.tsx';
import { hasRole, useSession } from '../session.tsx';
import { AuthorisationForm } from './AuthorisationForm.tsx';
import { RecordPaymentForm, VerifyIdentityForm } from './IdentityStep.tsx';
import { RefuseForm } from './RefuseForm.tsx';
import { ApproveStep, ButtonStep, PrepareForm, SendForm } from './ReplySteps.tsx';
import { SearchStep } from './SearchStep.tsx';
import { EXECUTED_TYPES, FINAL, type OperatorProcedure, type RequestDetail, type Status } from './types.ts';

// A customer's authorisation arrives before or during the search; recorded after it, the request is searched again.
const AUTHORISABLE: readonly Status[] = ['received', 'identity-check', 'fee', 'search', 'review'];
const REFUSABLE: readonly Status[] = ['received', 'identity-check', 'fee', 'search', 'review', 'approval', 'approved'];

/** What can be done with the request now, one form per step the workflow allows from its status. */
export function StepPanel(props: {
  readonly detail: RequestDetail;
  readonly procedure: OperatorProcedure | undefined;
  readonly prepared: boolean;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const { request, documents } = props.detail;
  const { onDone, procedure, prepared } = props;
  const base = { request, onDone };
  const feeOwed = request.fee.amount > 0 && !request.fee.paid;
  const executes = EXECUTED_TYPES.includes(request.type);
  const steps: ReactNode[] = [];
  const add = (key: string, node: ReactNode) => steps.push(<div key={key}>{node}</div>);

  switch (request.status) {
    case 'received':
    case 'identity-check':
      add('verify', <VerifyIdentityForm {...base} documents={documents} procedure={procedure} />);
      if (feeOwed) add('pay', <RecordPaymentForm {...base} procedure={procedure} />);
      break;
    case 'fee':
      add('pay', <RecordPaymentForm {...base} procedure={procedure} />);
      break;
    case 'search':
      add('search', <SearchStep request={request} onDone={onDone} />);
      break;
    case 'review':
      add('prepare', <PrepareForm {...base} prepared={prepared} />);
      add(
        'review',
        <ButtonStep
          {...base}
          action="review"
          title={t('requests.step.review')}
          hint={t(prepared ? 'requests.review.hint' : 'requests.review.prepareFirst')}
          label={t('requests.review.submit')}
        />,
      );
      break;
    case 'approval':
      add('approve', <ApproveStep {...base} />);
      break;
    case 'approved':
      if (executes) {
        add(
          'execute',
          <ButtonStep
            {...base}
            action="execute"
            title={t('requests.step.execute')}
            hint={t('requests.execute.hint')}
            confirm={t('requests.execute.confirm')}
            label={t('requests.execute.submit')}
          />,
        );
      } else {
        add('prepare', <PrepareForm {...base} prepared={prepared} />);
        add('send', <SendForm {...base} />);
      }
      break;
    case 'executing':
      steps.push(
        <p key="executing" className="hint">
          {t('requests.execute.running')}
        </p>,
      );
      break;
    case 'executed':
      add('prepare', <PrepareForm {...base} prepared={prepared} />);
      add('send', <SendForm {...base} />);
      break;
    case 'response-sent':
      add(
        'close',
        <ButtonStep
          {...base}
          action="close"
          title={t('requests.step.close')}
          hint={t('requests.close.hint')}
          label={t('requests.close.submit')}
        />,
      );
      break;
    default:
      break;
  }

  if (AUTHORISABLE.includes(request.status) && (request.routedToCustomer?.length ?? 0) > 0) {
    add('authorise', <AuthorisationForm {...base} />);
  }

  const canAct = hasRole(me, 'administrator', 'privacy-staff', 'request-handler');
  return (
    <section className="card req-card rq-next" aria-labelledby="next-title" data-testid="next-step">
      <h2 id="next-title">{t('requests.next.title')}</h2>
      {!canAct ? (
        <p className="hint">{t('requests.next.readOnly')}</p>
      ) : FINAL.includes(request.status) ? (
        <p>{t('requests.next.none')}</p>
      ) : (
        <>
          {steps}
          {REFUSABLE.includes(request.status) ? (
            <RefuseForm request={request} procedure={procedure} onDone={onDone} />
          ) : null}
        </>
      )}
    </section>
  );
}
