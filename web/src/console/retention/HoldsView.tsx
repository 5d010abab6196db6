import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { InputField } from '../forms/inputs.tsx';
import { messageAt, splitIssues } from '../forms/issues.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { HoldForm } from './HoldForm.tsx';
import { LoadError } from './LoadError.tsx';
import { holdTarget } from './retention-view.ts';
import type { Hold, Items } from './types.ts';
import { useCanEdit } from './use-can-edit.ts';

const SHOW = ['active', 'released', 'all'] as const;
type Show = (typeof SHOW)[number];

/** Legal holds: which are in force (filter kept in the address), placing one, releasing one. */
export function HoldsView() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const show: Show = SHOW.find((s) => s === params.get('show')) ?? 'active';
  const query = show === 'all' ? '' : `?active=${show === 'active'}`;
  const holds = useApi<Items<Hold>>(`/api/v1/retention/holds${query}`);
  const [placed, setPlaced] = useState<string | undefined>(undefined);
  const canEdit = useCanEdit();
  return (
    <>
      {canEdit ? (
        <HoldForm
          onPlaced={(hold) => {
            setPlaced(hold.id);
            holds.reload();
          }}
        />
      ) : null}
      {placed ? (
        <p className="notice-ok" role="status" data-testid="hold-placed">
          {t('retention.hold.placed', { id: placed })}
        </p>
      ) : null}
      <section aria-labelledby="holds-title">
        <h2 id="holds-title">{t('retention.holds.title')}</h2>
        <div className="rq-filters">
          <div className="field">
            <label htmlFor="holds-show">{t('retention.holds.show')}</label>
            <select
              id="holds-show"
              value={show}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                if (e.target.value === 'active') next.delete('show');
                else next.set('show', e.target.value);
                setParams(next);
              }}
            >
              {SHOW.map((s) => (
                <option key={s} value={s}>
                  {t(`retention.holds.show.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {holds.data === undefined ? (
          <LoadError loaded={holds} />
        ) : holds.data.items.length === 0 ? (
          <p className="card">{t('retention.holds.none')}</p>
        ) : (
          <ul className="rt-holds" data-testid="holds-list">
            {holds.data.items.map((hold) => (
              <HoldCard key={hold.id} hold={hold} onReleased={holds.reload} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function HoldCard({ hold, onReleased }: { readonly hold: Hold; readonly onReleased: () => void }) {
  const { t, dateTime } = useI18n();
  const userName = useUserNames();
  const target = holdTarget(hold.scope);
  const submit = useSubmit();
  const [reason, setReason] = useState('');
  const canEdit = useCanEdit();
  const split = splitIssues(submit.error, [
    { path: 'reason', id: `release-${hold.id}-reason`, label: t('retention.hold.releaseReason') },
  ]);
  const release = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run('POST', `/api/v1/retention/holds/${encodeURIComponent(hold.id)}/release`, { reason })) {
      onReleased();
    }
  };
  return (
    <li className="card" data-testid={`hold-${hold.id}`}>
      <h3>
        {hold.released ? (
          <span className="badge ok">{t('retention.hold.released')}</span>
        ) : (
          <span className="badge warn">{t('retention.held')}</span>
        )}{' '}
        {t(`retention.scope.${target.kind}` as MessageKey)}: <code>{target.id}</code>
      </h3>
      <dl className="rq-facts">
        <dt>{t('retention.hold.reason')}</dt>
        <dd>{hold.reason}</dd>
        <dt>{t('retention.hold.owner')}</dt>
        <dd>{hold.owner}</dd>
        <dt>{t('retention.hold.placedBy')}</dt>
        <dd>
          {userName(hold.placedBy)} · {dateTime(hold.placedAt)}
        </dd>
        {hold.released ? (
          <>
            <dt>{t('retention.hold.releasedBy')}</dt>
            <dd>
              {userName(hold.released.by)} · {dateTime(hold.released.at)} · {hold.released.reason}
            </dd>
          </>
        ) : null}
      </dl>
      {hold.released || !canEdit ? null : (
        <details>
          <summary>{t('retention.hold.release')}</summary>
          <form onSubmit={release} noValidate aria-label={t('retention.hold.release')}>
            <ErrorSummary error={submit.error} fields={split.fields} />
            <InputField
              id={`release-${hold.id}-reason`}
              label={t('retention.hold.releaseReason')}
              message={messageAt(split, 'reason')}
              maxLength={1000}
              value={reason}
              onChange={setReason}
            />
            <button type="submit" className="danger" disabled={submit.busy}>
              {t('retention.hold.releaseSubmit')}
            </button>
          </form>
        </details>
      )}
    </li>
  );
}
