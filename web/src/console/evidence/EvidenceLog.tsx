import { useI18n } from '../../shared/i18n.tsx';
import { LogFilters } from './LogFilters.tsx';
import { LogTable, Pager } from './LogTable.tsx';
import { EVIDENCE_TYPES } from './log-types.ts';
import { useLogScreen } from './use-log-screen.ts';

/** Everything Mamori decided and did, in chain order, filtered by type, actor, subject and Japan calendar days. */
export function EvidenceLog() {
  const { t } = useI18n();
  const screen = useLogScreen('/api/v1/evidence');
  return (
    <>
      <h2>{t('evidence.log.title')}</h2>
      <p className="hint">{t('evidence.log.hint')}</p>
      <LogFilters
        fields={['type', 'actor', 'subject']}
        types={EVIDENCE_TYPES}
        value={screen.filter}
        onApply={screen.apply}
      />
      <LogResults screen={screen} caption={t('evidence.log.title')} />
    </>
  );
}

export function LogResults({
  screen,
  caption,
  extraHead,
  extra,
  columns,
}: {
  readonly screen: ReturnType<typeof useLogScreen>;
  readonly caption: string;
} & Pick<Parameters<typeof LogTable>[0], 'extraHead' | 'extra' | 'columns'>) {
  const { t } = useI18n();
  const { page } = screen;
  if (page.error) {
    return (
      <p className="error" role="alert">
        {t('common.error', { message: page.error instanceof Error ? page.error.message : String(page.error) })}
      </p>
    );
  }
  if (page.data === undefined) return <p>{t('common.loading')}</p>;
  return (
    <>
      <p className="hint" role="status">
        {page.data.items.length === 0 ? t('evidence.none') : t('evidence.shown', { count: page.data.items.length })}
      </p>
      {page.data.items.length > 0 ? (
        <LogTable
          busy={page.loading}
          caption={caption}
          entries={page.data.items}
          onActor={(actor) => screen.apply({ ...screen.filter, actor })}
          {...(extraHead ? { extraHead } : {})}
          {...(extra ? { extra } : {})}
          {...(columns ? { columns } : {})}
        />
      ) : null}
      <Pager pageNumber={screen.pageNumber} previous={screen.previous} next={screen.next} />
    </>
  );
}
