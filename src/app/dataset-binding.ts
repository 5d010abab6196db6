import type { DatasetAnnotations } from '../core/dataset/dataset-annotations.ts';
import type { Connector } from './connector.ts';

/** One company database as the use cases see it: its annotations, an open connector, and its keyed hash. */
export interface DatasetBinding {
  readonly annotations: DatasetAnnotations;
  readonly connector: Connector;
  /** HMAC-SHA-256 (hex) with the dataset's key: My Number lookups and the `hash` erase strategy. */
  readonly keyedHash: (value: string) => string;
  /** HMAC-SHA-256 (hex) with the pseudonym key (PS-1), another key than keyedHash's; none: no pseudonymised extracts. */
  readonly pseudonymHash?: (value: string) => string;
}
