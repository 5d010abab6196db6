import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { LedgerSchema } from '../../src/core/ledger/ledger.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';

const DEMO = fileURLToPath(new URL('../../examples/demo', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../test/fixtures/policy-ledger.yaml', import.meta.url));

export interface BenchLedger {
  readonly ledger: Ledger;
  readonly path: string;
  /** Why this ledger was chosen (the demo when it validates, else the rule-table fixture). */
  readonly note: string;
}

/**
 * The ledger the benchmark runs over: the given path, else examples/demo when it exists and validates,
 * else the decision-table fixture (parsed with the schema only: it breaks two ledger checks on purpose).
 */
export function loadBenchLedger(path?: string): BenchLedger {
  if (path !== undefined) return loadPath(path);
  if (existsSync(DEMO)) {
    const result = parseLedger(readLedgerSources(DEMO));
    if (result.ok) return { ledger: result.ledger, path: 'examples/demo', note: 'demo ledger (validates)' };
    return { ...loadFixture(), note: `examples/demo does not validate (${result.issues.length} issues): fixture used` };
  }
  return { ...loadFixture(), note: 'examples/demo missing: fixture used' };
}

function loadPath(path: string): BenchLedger {
  const result = parseLedger(readLedgerSources(path));
  if (result.ok) return { ledger: result.ledger, path, note: 'validates' };
  // A ledger that breaks cross-reference checks on purpose (like the fixture) still decides.
  const ledger = LedgerSchema.parse(parse(readFileSync(path, 'utf8')));
  return { ledger, path, note: `parsed with the schema only (${result.issues.length} check issues)` };
}

function loadFixture(): { ledger: Ledger; path: string } {
  return { ledger: LedgerSchema.parse(parse(readFileSync(FIXTURE, 'utf8'))), path: 'test/fixtures/policy-ledger.yaml' };
}
