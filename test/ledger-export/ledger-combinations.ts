import type { Ledger } from '../../src/core/ledger/ledger.ts';

/**
 * The item x category x purpose combinations a ledger has, counted by brute force over every triple
 * (independently of ledgerRows, which walks categories and items).
 */
export function countCombinations(ledger: Ledger): number {
  let count = 0;
  for (const item of ledger.dataItems)
    for (const category of ledger.subjectCategories)
      for (const purpose of ledger.purposes)
        if (
          purpose.items.includes(item.id) &&
          item.categories.includes(category.id) &&
          purpose.categories.includes(category.id)
        )
          count++;
  return count;
}
