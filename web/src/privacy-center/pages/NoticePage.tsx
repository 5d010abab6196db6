import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api.ts';
import { useI18n } from '../../shared/i18n.tsx';
import { NoticeView } from '../../shared/notice/NoticeView.tsx';
import type { NoticeModel, NoticeVersion } from '../../shared/notice/notice-model.ts';
import { useApi } from '../../shared/use-api.ts';
import { VersionList } from '../notice/VersionList.tsx';

interface Versions {
  readonly current: NoticeVersion | null;
  readonly versions: readonly NoticeVersion[];
}

/**
 * The published privacy notice in the reader's language, laid out from the notice model (plain text, never
 * injected HTML), with its PDF and every earlier version. `?version=N` shows a past version.
 */
export function NoticePage() {
  const { t, date, locale } = useI18n();
  const [params] = useSearchParams();
  const asked = Number.parseInt(params.get('version') ?? '', 10);
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const query = `lang=${locale}${version === undefined ? '' : `&version=${version}`}`;
  const notice = useApi<NoticeModel>(`/privacy/notice?${query}&format=json`);
  const versions = useApi<Versions>('/privacy/notice/versions');
  const list = versions.data?.versions ?? [];
  const current = list[0]?.ledgerVersion;
  const shown = version ?? current;
  const index = list.findIndex((v) => v.ledgerVersion === shown);
  const replacedBy = index > 0 ? list[index - 1] : undefined;
  const title = notice.data?.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (notice.error !== undefined) {
    const missing = notice.error instanceof ApiError && notice.error.status === 404 && version !== undefined;
    return (
      <>
        <h1>{t('privacy.nav.notice')}</h1>
        <p className="error" role="alert">
          {missing
            ? t('privacyNotice.notFound')
            : t('privacyNotice.loadError', {
                message: notice.error instanceof Error ? notice.error.message : String(notice.error),
              })}
        </p>
        {missing ? <Link to="/">{t('privacyNotice.toCurrent')}</Link> : null}
      </>
    );
  }
  if (notice.data === undefined) return <p>{t('common.loading')}</p>;
  const model = notice.data;
  const effective = index >= 0 ? list[index] : undefined;
  const pdfLangs = locale === 'ja' ? (['ja', 'en'] as const) : (['en', 'ja'] as const);
  return (
    <div className="ntc-page">
      <header className="ntc-head">
        <h1 lang={model.langTag}>{model.title}</h1>
        {effective ? (
          <p className="ntc-effective" data-testid="notice-effective">
            {replacedBy
              ? t('privacyNotice.pastEffective', {
                  from: date(effective.publishedAt),
                  to: date(replacedBy.publishedAt),
                })
              : t('privacyNotice.effective', { date: date(effective.publishedAt) })}
          </p>
        ) : null}
        <ul className="ntc-downloads">
          {pdfLangs.map((lang) => (
            <li key={lang}>
              <a
                className="button secondary"
                href={`/privacy/notice?lang=${lang}&format=pdf${version === undefined ? '' : `&version=${version}`}`}
                type="application/pdf"
                hrefLang={lang}
                data-testid={`notice-pdf-${lang}`}
              >
                {t('privacyNotice.pdf', { lang: t(`privacyNotice.pdfLang.${lang}`) })}
              </a>
            </li>
          ))}
          {list.length > 1 ? (
            <li>
              <a className="ntc-to-versions" href="#notice-versions-title">
                {t('privacyNotice.toVersions', { count: list.length - 1 })}
              </a>
            </li>
          ) : null}
        </ul>
      </header>
      {replacedBy ? (
        <div className="ntc-past card" role="note">
          <p>{t('privacyNotice.pastBanner', { date: date(replacedBy.publishedAt) })}</p>
          <Link to="/">{t('privacyNotice.toCurrent')}</Link>
        </div>
      ) : null}
      <div className="ntc-layout">
        <NoticeView model={model} />
        <aside className="ntc-aside">
          <nav className="card ntc-actions" aria-labelledby="notice-actions-title">
            <h2 id="notice-actions-title">{t('privacyNotice.actions')}</h2>
            <ul>
              <li>
                <Link to="/request">{t('privacyNotice.askRequest')}</Link>
              </li>
              <li>
                <Link to="/preferences">{t('privacyNotice.askPreferences')}</Link>
              </li>
            </ul>
          </nav>
          {list.length > 0 ? <VersionList versions={list} shown={shown} /> : null}
        </aside>
      </div>
    </div>
  );
}
