import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import type { NoticeStatus } from './types.ts';

/** Publishes the previewed ledger version; refused (and explained) when the ledger moved on meanwhile. */
export function PublishForm({
  status,
  allowed,
  onPublished,
}: {
  readonly status: NoticeStatus;
  readonly allowed: boolean;
  readonly onPublished: () => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const version = status.ledgerVersion;
  const nothing = status.upToDate && !status.followsLedger;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (version === null) return;
    setBusy(true);
    try {
      await api('POST', '/api/v1/notice/publications', { body: { ledgerVersion: version, comment } });
      setOutcome({ ok: true, text: t('consoleNotice.publishedNow', { version }) });
      setComment('');
      onPublished();
    } catch (error) {
      const stale = error instanceof ApiError && error.status === 409;
      setOutcome({
        ok: false,
        text: stale
          ? t('consoleNotice.stale', { version: String(version) })
          : t('common.error', { message: error instanceof Error ? error.message : String(error) }),
      });
      if (stale) onPublished();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card cn-publish" aria-labelledby="cn-publish-title">
      <h2 id="cn-publish-title">{t('consoleNotice.publishTitle')}</h2>
      <div aria-live="polite">
        {outcome ? (
          <p
            className={outcome.ok ? 'notice-ok' : 'error'}
            role={outcome.ok ? 'status' : 'alert'}
            data-testid="publish-outcome"
          >
            {outcome.text}
          </p>
        ) : null}
      </div>
      {!allowed ? (
        <p className="hint">{t('consoleNotice.cannotPublish')}</p>
      ) : nothing || version === null ? (
        <p className="hint">{t('consoleNotice.nothingToPublish')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="cn-comment">{t('consoleNotice.comment')}</label>
            <p className="hint" id="cn-comment-hint">
              {t('consoleNotice.commentHint')}
            </p>
            <textarea
              id="cn-comment"
              className="cn-comment"
              value={comment}
              maxLength={2000}
              aria-describedby="cn-comment-hint"
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <button type="submit" disabled={busy}>
            {busy ? t('consoleNotice.publishing') : t('consoleNotice.publish', { version })}
          </button>
        </form>
      )}
    </section>
  );
}
