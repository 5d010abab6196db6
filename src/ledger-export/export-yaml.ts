import { Document, isScalar, visit } from 'yaml';
import type { Ledger } from '../core/ledger/ledger.ts';
import { stableLedger } from '../core/ledger-export/stable-ledger.ts';

/**
 * The ledger as one YAML file: keys in schema order, defaults left out, no anchors or folded lines, so the
 * same ledger always gives the same text and `parseLedger` reads it back to an equal ledger. Texts
 * (`{ja, en}`) and lists of plain values are written inline, the way ledgers are written by hand.
 */
export function exportYaml(ledger: Ledger): string {
  const doc = new Document(stableLedger(ledger), { aliasDuplicateObjects: false });
  visit(doc, {
    Map(_, node) {
      const keys = node.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
      if (keys.length === 2 && keys.includes('ja') && keys.includes('en')) node.flow = true;
    },
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, indent: 2, flowCollectionPadding: false });
}
