import { AppError } from '../../core/app-error.ts';
import type { Connector } from '../connector.ts';
import type { DatasetBinding } from '../dataset-binding.ts';
import type { Clock, Store } from '../ports.ts';

/** What statistics and de-identified extracts need. */
export interface DeidentifiedDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly datasets?: readonly DatasetBinding[];
  /** The smallest cell published (small-cell suppression), whatever a request asks; default 10. */
  readonly minimumCount?: number;
}

export const DEFAULT_MINIMUM_COUNT = 10;

/** The connected database of a ledger system, with a connector that can scan whole tables. */
export function scanningDataset(
  deps: DeidentifiedDeps,
  system: string,
): DatasetBinding & { readonly connector: Connector & Required<Pick<Connector, 'scan'>> } {
  const binding = (deps.datasets ?? []).find((d) => d.annotations.system === system);
  if (binding === undefined) throw new AppError('NOT_FOUND', `no company database is connected for system ${system}`);
  if (binding.connector.scan === undefined) {
    throw new AppError('CONFLICT', `the connector of ${system} cannot read whole tables`);
  }
  return binding as ReturnType<typeof scanningDataset>;
}
