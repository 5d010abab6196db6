import type { ReactNode } from 'react';

/**
 * A table of the incidents and complaints screens: scrolls sideways on a narrow screen, has a caption (for screen
 * readers only unless `visibleCaption`) and one header row; `children` are its body rows.
 */
export function IncTable(props: {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly visibleCaption?: boolean;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="inc-table" data-testid={props.testId}>
        <caption className={props.visibleCaption ? undefined : 'rq-sr-only'}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
