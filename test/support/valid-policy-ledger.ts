import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/**
 * The decision-rule fixture minus the two elements that deliberately break ledger checks, so it can be
 * imported through the normal path (importLedger validates everything).
 */
export function validPolicyLedgerYaml(change: (ledger: Record<string, any>) => void = () => {}): string {
  const ledger = parse(readFileSync(new URL('../fixtures/policy-ledger.yaml', import.meta.url), 'utf8'));
  ledger.dataItems = ledger.dataItems.filter((item: { id: string }) => item.id !== 'birthplace');
  ledger.purposes = ledger.purposes.filter((p: { id: string }) => p.id !== 'background');
  ledger.roles = ledger.roles.map((r: { purposes: string[] }) => ({
    ...r,
    purposes: r.purposes.filter((p) => p !== 'background'),
  }));
  ledger.systems[0].stores[0].items = ledger.systems[0].stores[0].items.filter((i: string) => i !== 'birthplace');
  const broker = ledger.recipients.find((r: { id: string }) => r.id === 'list-broker');
  broker.items = broker.items.filter((i: string) => i !== 'health-check');
  change(ledger);
  return stringify(ledger);
}
