import { useI18n } from '../../shared/i18n.tsx';
import type { Publication } from './types.ts';
import { useActorNames } from './use-actor-names.ts';

/** Every version the privacy center showed, newest first, with who published it and the PDFs as published. */
export function PublicationHistory({ publications }: { readonly publications: readonly Publication[] }) {
  const { t, dateTime } = useI18n();
  const actorName = useActorNames();
  return (
    <div className="table-wrap">
      <table data-testid="publication-history">
        <caption className="cn-caption">{t('consoleNotice.tab.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consoleNotice.historyVersion')}</th>
            <th scope="col">{t('consoleNotice.historyDate')}</th>
            <th scope="col">{t('consoleNotice.historyBy')}</th>
            <th scope="col">{t('consoleNotice.historyComment')}</th>
            <th scope="col">{t('consoleNotice.historyFiles')}</th>
          </tr>
        </thead>
        <tbody>
          {publications.map((p, index) => (
            <tr key={p.ledgerVersion}>
              <th scope="row">
                {p.ledgerVersion}
                {index === 0 ? <span className="badge ok cn-badge">{t('consoleNotice.current')}</span> : null}
              </th>
              <td>{dateTime(p.publishedAt)}</td>
              <td className="cn-break">
                {p.publishedBy ? (
                  actorName(p.publishedBy)
                ) : (
                  <span className="hint">{t('consoleNotice.followedLedger')}</span>
                )}
              </td>
              <td>{p.comment || '—'}</td>
              <td className="cn-files">
                <a href={`/privacy/notice?version=${p.ledgerVersion}&lang=ja&format=pdf`}>PDF（日本語）</a>
                <br />
                <a href={`/privacy/notice?version=${p.ledgerVersion}&lang=en&format=pdf`} lang="en">
                  PDF (English)
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
