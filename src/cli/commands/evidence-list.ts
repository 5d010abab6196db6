import type { Command } from 'commander';
import { z } from 'zod';
import { EVIDENCE_TYPES } from '../../core/evidence/evidence-types.ts';
import { withCliStore } from '../cli-store.ts';
import { seqOption } from '../evidence-cli.ts';

const OptionsSchema = z.object({
  type: z.enum(EVIDENCE_TYPES).optional(),
  subject: z.string().min(1).optional(),
  after: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(10_000),
  json: z.boolean().optional(),
});

export function registerEvidenceList(evidence: Command): void {
  evidence
    .command('list')
    .description('list entries in seq order')
    .option('--type <type>', `one of: ${EVIDENCE_TYPES.join(', ')}`)
    .option('--subject <id>', 'entries about one subject')
    .option('--after <seq>', 'entries after this seq', seqOption)
    .option('--limit <n>', 'how many', seqOption, 50)
    .option('--json', 'print JSON lines')
    .action(async (raw: unknown) => {
      const options = OptionsSchema.parse(raw);
      // Listing needs no key: the plain CLI store.
      const entries = await withCliStore((store) =>
        store.evidence.list({
          limit: options.limit,
          ...(options.type === undefined ? {} : { type: options.type }),
          ...(options.subject === undefined ? {} : { subject: options.subject }),
          ...(options.after === undefined ? {} : { afterSeq: options.after }),
        }),
      );
      for (const entry of entries) {
        if (options.json) console.log(JSON.stringify(entry));
        else {
          const subject = entry.subject === undefined ? '' : `  ${entry.subject}`;
          console.log(
            `${String(entry.seq).padStart(7)}  ${entry.at}  ${entry.type.padEnd(14)} ${entry.actor}${subject}`,
          );
        }
      }
      if (entries.length === 0) console.log('no entries');
    });
}
