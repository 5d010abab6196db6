import { useI18n } from '../../shared/i18n.tsx';
import type { DataItem } from './ledger-types.ts';

/** The flags that carry legal duties (special care, My Number, financial), as badges beside an item's name. */
export function ItemFlagBadges({ item }: { readonly item: DataItem | undefined }) {
  const { t } = useI18n();
  if (item === undefined) return null;
  return (
    <>
      {item.flags.specialCare ? <span className="badge danger">{t('ledger.flag.specialCare')}</span> : null}
      {item.flags.myNumber ? <span className="badge warn">{t('ledger.flag.myNumber')}</span> : null}
      {item.flags.financial ? <span className="badge">{t('ledger.flag.financial')}</span> : null}
    </>
  );
}

/** Names of ids, the first few in full and a count of the rest (long lists stay readable in a table cell). */
export function NameList({
  ids,
  nameOf,
  max = 4,
  empty,
}: {
  readonly ids: readonly string[] | undefined;
  readonly nameOf: (id: string) => string;
  readonly max?: number;
  readonly empty?: string;
}) {
  const { t } = useI18n();
  if (ids === undefined || ids.length === 0) return <>{empty ?? '—'}</>;
  const shown = ids.slice(0, max).map(nameOf).join(t('ledger.listSeparator'));
  return <>{ids.length > max ? t('ledger.andMore', { list: shown, count: ids.length - max }) : shown}</>;
}
