import { useLedger } from '../ledger/ledger-context.tsx';

/** Names of the ledger's systems, rules, contractors and operators in the console's language (ids when unknown). */
export function useRetentionNames() {
  const { ledger, local, nameOf } = useLedger();
  return {
    system: (id: string) => nameOf('systems', id),
    contractor: (id: string) => nameOf('contractors', id),
    operator: (id: string) => nameOf('operators', id),
    item: (id: string) => nameOf('dataItems', id),
    rule: (id: string) => {
      const rule = ledger.retentionRules.find((r) => r.id === id);
      return (rule?.name ? local(rule.name) : '') || id;
    },
  };
}
