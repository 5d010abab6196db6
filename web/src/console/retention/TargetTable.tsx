import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { ScrollTable } from '../people/ScrollTable.tsx';
import { useRetentionNames } from './names.ts';
import type { DisposalAction } from './types.ts';

/** One target's row: where, under which rule, its state and how much of it was disposed. */
export interface TargetRow {
  readonly target: string;
  readonly system: string;
  readonly table: string;
  readonly rule: string;
  readonly action: DisposalAction;
  readonly state: string;
  readonly disposed: number;
  readonly planned: number;
  /** The last column: rows held (a run) or rows a re-query found left (a certificate). */
  readonly last: number;
}

/** The targets of a run or of a certificate, one row each. */
export function TargetTable(props: {
  readonly label: string;
  readonly lastColumn: MessageKey;
  readonly rows: readonly TargetRow[];
}) {
  const { t, number } = useI18n();
  const names = useRetentionNames();
  return (
    <ScrollTable label={props.label}>
      <table className="rq-table rt-table">
        <caption className="rq-sr-only">{props.label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.col.target')}</th>
            <th scope="col">{t('retention.col.rule')}</th>
            <th scope="col">{t('retention.col.action')}</th>
            <th scope="col">{t('retention.col.state')}</th>
            <th scope="col" className="num">
              {t('retention.col.disposed')}
            </th>
            <th scope="col" className="num">
              {t(props.lastColumn)}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((target) => (
            <tr key={target.target}>
              <th scope="row">
                {names.system(target.system)} · <code>{target.table}</code>
              </th>
              <td>{names.rule(target.rule)}</td>
              <td>{t(`retention.action.${target.action}` as MessageKey)}</td>
              <td>{t(`retention.state.${target.state}` as MessageKey)}</td>
              <td className="num">
                {number(target.disposed)} / {number(target.planned)}
              </td>
              <td className="num">{number(target.last)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
