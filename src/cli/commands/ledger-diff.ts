import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import type { Lang } from '../../core/ledger/localized-text.ts';
import { describeChange, diffLedgers, type LedgerChange, type Severity } from '../../core/ledger-diff/index.ts';
import { resolveLedger } from '../resolve-ledger.ts';

const DiffOptionsSchema = z.object({ lang: z.enum(['ja', 'en']), json: z.boolean().optional() });

const MARK: Readonly<Record<Severity, string>> = { 'expands-use': '+', 'restricts-use': '-', neutral: '~' };

export function registerLedgerDiff(ledger: Command): void {
  ledger
    .command('diff')
    .description('what changed between two ledgers, in the domain’s words, and whether each change widens use')
    .argument('<from>', 'the older ledger: a YAML file or folder, or a stored version (3, v3, current)')
    .argument('<to>', 'the newer ledger, named the same way')
    .option('--lang <lang>', 'ja or en', 'ja')
    .option('--json', 'print the changes as JSON')
    .action(async (from: string, to: string, raw: unknown) => {
      const parsed = DiffOptionsSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'invalid diff options', {
          issues: parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message })),
        });
      }
      const { lang, json } = parsed.data;
      const before = await resolveLedger(from);
      const after = await resolveLedger(to);
      const changes = diffLedgers(before.ledger, after.ledger);
      if (json) {
        const described = changes.map((change) => ({ ...change, description: describeChange(change, lang) }));
        console.log(JSON.stringify({ from: before.label, to: after.label, changes: described }, null, 2));
        return;
      }
      for (const change of changes) console.log(`${MARK[change.severity]} ${describeChange(change, lang)}`);
      console.log(summary(changes, lang));
    });
}

function summary(changes: readonly LedgerChange[], lang: Lang): string {
  if (changes.length === 0) return lang === 'ja' ? '変更はありません' : 'no changes';
  const count = (severity: Severity) => changes.filter((c) => c.severity === severity).length;
  const [wider, narrower, neutral] = [count('expands-use'), count('restricts-use'), count('neutral')];
  return lang === 'ja'
    ? `変更 ${changes.length} 件: 利用拡大 (+) ${wider} 件、利用縮小 (-) ${narrower} 件、その他 (~) ${neutral} 件` +
        (wider > 0 ? '。利用拡大は本人への通知・公表や同意の取得が必要な場合があります' : '')
    : `${changes.length} change(s): ${wider} expand use (+), ${narrower} restrict use (-), ${neutral} neutral (~)` +
        (wider > 0 ? '. Changes that expand use may need a new notice or fresh consent' : '');
}
