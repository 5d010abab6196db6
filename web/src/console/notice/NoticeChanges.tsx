import { useEffect, useState } from 'react';
import { api } from '../../shared/api.ts';
import { type Locale, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { type DiffLine, lineDiff } from './line-diff.ts';
import type { LedgerDiff } from './types.ts';

/** What publishing would change: the ledger's changes in its own words, then the notice text line by line. */
export function NoticeChanges({
  from,
  to,
  lang,
}: {
  readonly from: number;
  readonly to: number;
  readonly lang: Locale;
}) {
  const { t, locale } = useI18n();
  const ledger = useApi<LedgerDiff>(
    from === to ? undefined : `/api/v1/ledger/diff?from=${from}&to=${to}&lang=${locale}`,
  );
  const [text, setText] = useState<{ lines: DiffLine[] } | { error: string } | undefined>(undefined);
  useEffect(() => {
    if (from === to) return;
    let live = true;
    setText(undefined);
    Promise.all([
      api<string>('GET', `/privacy/notice?version=${from}&format=md&lang=${lang}`, {
        headers: { accept: 'text/markdown' },
      }),
      api<string>('GET', `/api/v1/notice/preview?format=md&lang=${lang}`, { headers: { accept: 'text/markdown' } }),
    ]).then(
      ([before, after]) => live && setText({ lines: lineDiff(before, after) }),
      (error: unknown) => live && setText({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [from, to, lang]);

  if (from === to) return <p data-testid="notice-no-changes">{t('consoleNotice.noChanges')}</p>;
  return (
    <>
      <section aria-labelledby="cn-ledger-changes">
        <h3 id="cn-ledger-changes">{t('consoleNotice.ledgerChanges')}</h3>
        <p className="hint">{t('consoleNotice.ledgerChangesHint')}</p>
        {ledger.error !== undefined ? (
          <p className="error" role="alert">
            {t('common.error', { message: ledger.error instanceof Error ? ledger.error.message : '' })}
          </p>
        ) : ledger.data === undefined ? (
          <p>{t('common.loading')}</p>
        ) : (
          <ul className="cn-changes" data-testid="ledger-changes">
            {ledger.data.changes.map((change) => (
              <li key={`${change.kind}:${change.section}:${change.id}`}>
                <span
                  className={`badge ${change.severity === 'expands-use' ? 'warn' : change.severity === 'restricts-use' ? 'ok' : ''}`}
                >
                  {t(`consoleNotice.severity.${change.severity}`)}
                </span>{' '}
                {change.sentence}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cn-text-changes">
        <h3 id="cn-text-changes">{t('consoleNotice.textChanges', { lang: t(`consoleNotice.lang.${lang}`) })}</h3>
        <p className="hint">{t('consoleNotice.textChangesHint')}</p>
        {text === undefined ? (
          <p>{t('common.loading')}</p>
        ) : 'error' in text ? (
          <p className="error" role="alert">
            {t('common.error', { message: text.error })}
          </p>
        ) : text.lines.length === 0 ? (
          <p>{t('consoleNotice.noChanges')}</p>
        ) : (
          <ol className="cn-diff" data-testid="notice-diff" lang={lang}>
            {text.lines.map((line) =>
              line.kind === 'gap' ? (
                <li key={line.key} className="cn-gap" aria-hidden="true">
                  {t('consoleNotice.gap')}
                </li>
              ) : line.kind === 'same' ? (
                <li key={line.key} className="cn-same">
                  <span className="cn-mark" aria-hidden="true">
                    {' '}
                  </span>
                  {line.text || '\u00a0'}
                </li>
              ) : (
                <li key={line.key} className={line.kind === 'added' ? 'diff-add' : 'diff-remove'}>
                  <span className="cn-mark" aria-hidden="true">
                    {line.kind === 'added' ? '+' : '−'}
                  </span>
                  {line.kind === 'added' ? (
                    <ins>
                      <span className="cn-sr">{t('consoleNotice.added')}: </span>
                      {line.text || '\u00a0'}
                    </ins>
                  ) : (
                    <del>
                      <span className="cn-sr">{t('consoleNotice.removed')}: </span>
                      {line.text || '\u00a0'}
                    </del>
                  )}
                </li>
              ),
            )}
          </ol>
        )}
      </section>
    </>
  );
}
