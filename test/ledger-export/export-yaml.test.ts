import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { parseLedger } from '../../src/core/ledger/parse-ledger.ts';
import { exportYaml } from '../../src/ledger-export/export-yaml.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Every ledger under examples/ (a folder or a top-level YAML file), found at test time, and our fixtures. */
function ledgerPaths(): string[] {
  const examples = existsSync(EXAMPLES)
    ? readdirSync(EXAMPLES)
        .map((name) => join(EXAMPLES, name))
        .filter((path) => statSync(path).isDirectory() || /\.ya?ml$/.test(path))
    : [];
  return [...examples, join(FIXTURES, 'audit-ledger.yaml'), join(FIXTURES, 'minimal-ledger.yaml')];
}

for (const path of ledgerPaths()) {
  const name = path.slice(path.lastIndexOf('/examples/') + 1 || path.lastIndexOf('/test/') + 1);
  test(`yaml: ${name} exports and parses back to an equal ledger`, (t) => {
    let sources: ReturnType<typeof readLedgerSources>;
    try {
      sources = readLedgerSources(path);
    } catch {
      t.skip('no YAML files');
      return;
    }
    const original = parseLedger(sources);
    if (!original.ok) {
      // Examples are written by others; one that does not validate has nothing to round-trip yet.
      t.skip(`${original.issues.length} validation problem(s) in the source ledger`);
      return;
    }
    const yaml = exportYaml(original.ledger);
    const back = parseLedger([{ file: 'export.yaml', text: yaml }]);
    assert.ok(back.ok, back.ok ? '' : JSON.stringify(back.issues.slice(0, 5), null, 2));
    assert.deepEqual(back.ledger, original.ledger);
    assert.equal(exportYaml(back.ledger), yaml, 'the export of the re-read ledger is the same text');
  });
}

test('yaml: keys follow the schema and defaults are left out', () => {
  const result = parseLedger(readLedgerSources(join(FIXTURES, 'audit-ledger.yaml')));
  assert.ok(result.ok);
  const yaml = exportYaml(result.ledger);
  const topLevel = yaml
    .split('\n')
    .filter((line) => /^[a-zA-Z]/.test(line))
    .map((line) => line.split(':')[0]);
  assert.deepEqual(topLevel.slice(0, 5), ['ledger', 'operators', 'subjectCategories', 'dataItems', 'purposes']);
  assert.doesNotMatch(yaml, /encryptionAtRest: false/);
  assert.doesNotMatch(yaml, /includesMinors: false/);
  assert.match(yaml, /encryptionAtRest: true/);
  assert.doesNotMatch(yaml, /[&*]a\d/, 'no anchors or aliases');
});
