import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import type { NoticeVersion } from '../../shared/notice/notice-model.ts';

/** Every published version, newest first, each with the date it took effect; the shown one is marked. */
export function VersionList({
  versions,
  shown,
}: {
  readonly versions: readonly NoticeVersion[];
  readonly shown: number | undefined;
}) {
  const { t, date, dateTime } = useI18n();
  const current = versions[0]?.ledgerVersion;
  // Two versions published on one day are told apart by the time.
  const days = versions.map((v) => date(v.publishedAt));
  const label = (version: NoticeVersion, index: number) =>
    t('privacyNotice.version', {
      date:
        days.indexOf(days[index] ?? '') === days.lastIndexOf(days[index] ?? '')
          ? date(version.publishedAt)
          : dateTime(version.publishedAt),
    });
  return (
    <section className="ntc-versions card" aria-labelledby="notice-versions-title">
      <h2 id="notice-versions-title">{t('privacyNotice.versions')}</h2>
      <p className="hint">{t('privacyNotice.versionsHint')}</p>
      <ol data-testid="notice-versions">
        {versions.map((version, index) => {
          const text = label(version, index);
          const isShown = version.ledgerVersion === (shown ?? current);
          const next = versions[index - 1];
          return (
            <li key={version.ledgerVersion} className={isShown ? 'ntc-version-shown' : undefined}>
              {isShown ? (
                <span aria-current="page">{text}</span>
              ) : (
                <Link to={version.ledgerVersion === current ? '/' : `/notice?version=${version.ledgerVersion}`}>
                  {text}
                </Link>
              )}
              {version.ledgerVersion === current ? (
                <span className="badge ok">{t('privacyNotice.current')}</span>
              ) : null}
              {isShown && version.ledgerVersion !== current ? (
                <span className="badge">{t('privacyNotice.viewing')}</span>
              ) : null}
              <span className="ntc-version-dates">
                {next === undefined
                  ? t('privacyNotice.effective', { date: date(version.publishedAt) })
                  : t('privacyNotice.pastEffective', { from: date(version.publishedAt), to: date(next.publishedAt) })}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
