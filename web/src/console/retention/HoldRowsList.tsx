import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { holdTarget } from './retention-view.ts';
import type { HoldScope } from './types.ts';

/** The legal holds that kept rows from a plan or a run: what each holds and how many rows. */
export function HoldRowsList({
  holds,
}: {
  readonly holds: readonly { readonly id: string; readonly scope: HoldScope; readonly rows: number }[];
}) {
  const { t, number } = useI18n();
  return (
    <ul className="db-list">
      {holds.map((h) => {
        const target = holdTarget(h.scope);
        return (
          <li key={h.id}>
            {t(`retention.scope.${target.kind}` as MessageKey)}: <code>{target.id}</code> ·{' '}
            {t('retention.plan.holdRows', { rows: number(h.rows) })}
          </li>
        );
      })}
    </ul>
  );
}
