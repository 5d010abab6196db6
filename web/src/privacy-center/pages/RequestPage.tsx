import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import type { Procedures, PublicStatus } from '../request/procedures.ts';
import { RequestForm } from '../request/RequestForm.tsx';
import { StatusDetails } from '../request/StatusDetails.tsx';

/** Making a request (disclosure, correction, suspension...): the form, then the tracking code to keep. */
export function RequestPage() {
  const { t } = useI18n();
  const procedures = useApi<Procedures>('/privacy/request-procedures');
  const [submitted, setSubmitted] = useState<PublicStatus | undefined>(undefined);
  if (submitted !== undefined) return <Submitted status={submitted} onAnother={() => setSubmitted(undefined)} />;
  if (procedures.error !== undefined) {
    return (
      <>
        <h1>{t('privacyRequest.title')}</h1>
        <p className="error" role="alert">
          {t('privacyRequest.error.procedures')}
        </p>
        <button type="button" onClick={procedures.reload}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  if (procedures.data === undefined) return <p>{t('common.loading')}</p>;
  return <RequestForm operators={procedures.data.operators} onSubmitted={setSubmitted} />;
}

function Submitted({ status, onAnother }: { readonly status: PublicStatus; readonly onAnother: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, []);
  return (
    <section aria-labelledby="done-title">
      <h1 id="done-title" tabIndex={-1} ref={heading}>
        {t('privacyRequest.done.title')}
      </h1>
      <div className="card req-card pc-tracking">
        <p>{t('privacyRequest.done.codeIntro')}</p>
        <p className="pc-tracking-code" data-testid="tracking-code">
          {status.trackingCode}
        </p>
        <p className="hint">{t('privacyRequest.done.keepCode')}</p>
      </div>
      <StatusDetails status={status} />
      <div className="actions">
        <Link className="button" to={`/status?code=${encodeURIComponent(status.trackingCode)}`}>
          {t('privacyRequest.done.checkStatus')}
        </Link>
        <button type="button" className="secondary" onClick={onAnother}>
          {t('privacyRequest.done.another')}
        </button>
      </div>
    </section>
  );
}
