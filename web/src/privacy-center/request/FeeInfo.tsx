import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import type { Procedure, RequestType } from './procedures.ts';

/** The fee of the chosen type as the ledger's procedure states it: amount, tax, how and by when to pay, if unpaid. */
export function FeeInfo({ procedure, type }: { readonly procedure: Procedure; readonly type: RequestType }) {
  const { t, yen, locale } = useI18n();
  const amount = procedure.fees[type] ?? 0;
  const { payment } = procedure;
  return (
    <section className="card req-card pc-fee" aria-labelledby="fee-title" data-testid="fee-info">
      <h2 id="fee-title">{t('privacyRequest.fee.title')}</h2>
      {amount === 0 ? (
        <p>{t('privacyRequest.fee.free')}</p>
      ) : (
        <>
          <p className="pc-fee-amount">
            {yen(amount)}{' '}
            <span className="hint">
              {t(procedure.feeIncludesTax ? 'privacyRequest.fee.taxIncluded' : 'privacyRequest.fee.taxExcluded')}
            </span>
          </p>
          {payment.methods.length > 0 ? (
            <p>
              {t('privacyRequest.fee.methods', {
                methods: payment.methods
                  .map((m) => t(`privacyRequest.payment.${m}` as MessageKey))
                  .join(locale === 'ja' ? '、' : ', '),
              })}
            </p>
          ) : null}
          <p>
            {payment.enclosedWithRequest
              ? t('privacyRequest.fee.enclosed')
              : t('privacyRequest.fee.deadline', { days: payment.deadlineDays })}
          </p>
          <p>
            {t(
              payment.unpaid === 'deemed-not-made'
                ? 'privacyRequest.fee.unpaidNotMade'
                : 'privacyRequest.fee.unpaidRefused',
            )}
          </p>
          {payment.chargedOnRefusal ? <p>{t('privacyRequest.fee.chargedOnRefusal')}</p> : null}
          {payment.requesterBearsCosts.length > 0 ? (
            <p>
              {t('privacyRequest.fee.costs', {
                costs: payment.requesterBearsCosts.map((c) => c[locale]).join(locale === 'ja' ? '、' : ', '),
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
