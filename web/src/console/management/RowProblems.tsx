import { useI18n } from '../../shared/i18n.tsx';
import type { CsvRowProblem } from './csv-problems.ts';

/**
 * A refused file or roster, row by row: what was refused (the API's sentence), then each problem with its line and
 * column, as a table the field points at (`id`).
 */
export function RowProblems(props: {
  readonly id: string;
  readonly testId: string;
  readonly title: string;
  readonly message: string;
  readonly rows: readonly CsvRowProblem[];
}) {
  const { t } = useI18n();
  return (
    <div className="mgmt-problems" role="alert" id={props.id} data-testid={props.testId}>
      <p className="error">{props.title}</p>
      <p lang="en">{props.message}</p>
      <div className="table-wrap">
        <table className="mgmt-table">
          <thead>
            <tr>
              <th scope="col">{t('mgmt.training.import.line')}</th>
              <th scope="col">{t('mgmt.training.import.column')}</th>
              <th scope="col">{t('mgmt.training.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={`${row.line}-${row.column}-${row.message}`}>
                <th scope="row">{row.line ?? '—'}</th>
                <td>{row.column ?? '—'}</td>
                <td lang="en">{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
