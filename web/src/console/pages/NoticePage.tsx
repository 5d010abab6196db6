import { Link, useSearchParams } from 'react-router';
import { type Locale, type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { NoticeChanges } from '../notice/NoticeChanges.tsx';
import { NoticePreview } from '../notice/NoticePreview.tsx';
import { PublicationHistory } from '../notice/PublicationHistory.tsx';
import { PublishForm } from '../notice/PublishForm.tsx';
import type { NoticeStatus } from '../notice/types.ts';
import { useActorNames } from '../notice/use-actor-names.ts';
import { hasRole, useSession } from '../session.tsx';

const VIEWS = ['changes', 'preview', 'history'] as const;
type View = (typeof VIEWS)[number];

/**
 * The notice: what the privacy center shows against the current ledger, what publishing would change (ledger
 * changes and the notice text), the draft in both languages, publishing, and the published versions.
 * `?view=changes|preview|history&lang=ja|en` keeps the place in the URL.
 */
export function NoticePage() {
  const { t, date, locale } = useI18n();
  const { me } = useSession();
  const [params] = useSearchParams();
  const status = useApi<NoticeStatus>('/api/v1/notice/status');
  const actorName = useActorNames();
  const askedView = params.get('view');
  const view: View = VIEWS.includes(askedView as View) ? (askedView as View) : 'changes';
  const askedLang = params.get('lang');
  const lang: Locale = askedLang === 'ja' || askedLang === 'en' ? askedLang : locale;
  const link = (next: { view?: View; lang?: Locale }) => `?view=${next.view ?? view}&lang=${next.lang ?? lang}`;

  if (status.error !== undefined) {
    return (
      <>
        <h1>{t('consoleNotice.title')}</h1>
        <p className="error" role="alert">
          {t('common.error', { message: status.error instanceof Error ? status.error.message : '' })}
        </p>
      </>
    );
  }
  if (status.data === undefined) return <p>{t('common.loading')}</p>;
  const s = status.data;
  const published = s.published;
  const draft = s.ledgerVersion;
  return (
    <div className="cn-page">
      <h1>{t('consoleNotice.title')}</h1>
      <p>{t('consoleNotice.intro')}</p>
      <div className="cn-top">
        <section className="card cn-state" aria-labelledby="cn-state-title">
          <h2 id="cn-state-title">{t('consoleNotice.state')}</h2>
          <dl className="cn-facts" data-testid="notice-state">
            <dt>{t('consoleNotice.published')}</dt>
            <dd>
              {published
                ? t('consoleNotice.publishedValue', {
                    version: published.ledgerVersion,
                    date: date(published.publishedAt),
                  })
                : '—'}
              {published?.publishedBy ? (
                <span className="hint cn-by">
                  {t('consoleNotice.publishedBy', { who: actorName(published.publishedBy) })}
                </span>
              ) : null}
            </dd>
            <dt>{t('consoleNotice.ledger')}</dt>
            <dd>{draft === null ? '—' : t('consoleNotice.ledgerValue', { version: draft })}</dd>
          </dl>
          <p className={s.upToDate ? 'notice-ok' : 'cn-draft'} data-testid="notice-state-message">
            {s.followsLedger
              ? t('consoleNotice.follows')
              : s.upToDate
                ? t('consoleNotice.upToDate')
                : t('consoleNotice.draft', { version: String(draft) })}
          </p>
        </section>
        <PublishForm status={s} allowed={hasRole(me, 'administrator', 'privacy-staff')} onPublished={status.reload} />
      </div>
      <nav className="cn-views" aria-label={t('consoleNotice.tabs')}>
        {VIEWS.map((v) => (
          <Link key={v} to={link({ view: v })} aria-current={v === view ? 'page' : undefined}>
            {t(`consoleNotice.tab.${v}` as MessageKey)}
          </Link>
        ))}
      </nav>
      {view === 'history' ? (
        <section aria-labelledby="cn-view-title">
          <h2 id="cn-view-title" className="cn-sr">
            {t('consoleNotice.tab.history')}
          </h2>
          <PublicationHistory publications={s.publications} />
        </section>
      ) : (
        <section aria-labelledby="cn-view-title">
          <div className="cn-view-head">
            <h2 id="cn-view-title">
              {view === 'preview'
                ? t('consoleNotice.tab.preview')
                : t('consoleNotice.changesTitle', {
                    from: published?.ledgerVersion ?? '—',
                    to: draft ?? '—',
                  })}
            </h2>
            <nav className="cn-langs" aria-label={t('consoleNotice.language')}>
              {(['ja', 'en'] as const).map((l) => (
                <Link key={l} to={link({ lang: l })} aria-current={l === lang ? 'true' : undefined} lang={l}>
                  {l === 'ja' ? '日本語' : 'English'}
                </Link>
              ))}
            </nav>
          </div>
          {draft === null ? null : view === 'preview' ? (
            <NoticePreview lang={lang} version={draft} published={s.upToDate} />
          ) : (
            <NoticeChanges from={published?.ledgerVersion ?? draft} to={draft} lang={lang} />
          )}
        </section>
      )}
    </div>
  );
}
