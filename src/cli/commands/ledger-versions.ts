import type { Command } from 'commander';
import { withCliStore } from '../cli-store.ts';

export function registerLedgerVersions(ledger: Command): void {
  ledger
    .command('versions')
    .description('list stored ledger versions, newest first')
    .option('--limit <n>', 'how many', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'print JSON')
    .action(async (options: { limit: number; json?: boolean }) => {
      const list = await withCliStore((store) => store.ledgerVersions.list({ limit: options.limit, offset: 0 }));
      if (options.json) {
        console.log(JSON.stringify(list, null, 2));
        return;
      }
      if (list.length === 0) console.log('no ledger versions stored yet (mamori ledger import PATH)');
      for (const v of list) {
        console.log(`${String(v.number).padStart(4)}  ${v.createdAt.toISOString()}  ${v.author}  ${v.comment}`);
      }
    });
}
