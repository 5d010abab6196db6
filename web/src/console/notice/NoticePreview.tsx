import { type Locale, useI18n } from '../../shared/i18n.tsx';
import { NoticeView } from '../../shared/notice/NoticeView.tsx';
import type { NoticeModel } from '../../shared/notice/notice-model.ts';
import { useApi } from '../../shared/use-api.ts';

/** The draft notice of the current ledger version in one language, laid out as the privacy center will. */
export function NoticePreview({
  lang,
  version,
  published,
}: {
  readonly lang: Locale;
  readonly version: number;
  /** The privacy center already shows this version: the preview is the published text, not a draft. */
  readonly published: boolean;
}) {
  const { t } = useI18n();
  const model = useApi<NoticeModel>(`/api/v1/notice/preview?lang=${lang}&format=json&v=${version}`);
  if (model.error !== undefined) {
    return (
      <p className="error" role="alert">
        {t('common.error', { message: model.error instanceof Error ? model.error.message : '' })}
      </p>
    );
  }
  if (model.data === undefined) return <p>{t('common.loading')}</p>;
  return (
    <div className="cn-preview" data-testid="notice-preview">
      <p className="hint">
        {published ? t('consoleNotice.previewPublished', { version }) : t('consoleNotice.previewOf', { version })}
      </p>
      <p>
        <a className="button secondary" href={`/api/v1/notice/preview?lang=${lang}&format=pdf`}>
          {t('consoleNotice.previewPdf', { lang: t(`consoleNotice.lang.${lang}`) })}
        </a>
      </p>
      <div className="cn-paper">
        <h3 className="cn-doc-title" lang={model.data.langTag}>
          {model.data.title}
        </h3>
        <NoticeView model={model.data} idPrefix="preview" level={3} />
      </div>
    </div>
  );
}
