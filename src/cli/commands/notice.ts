import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { getLedgerVersion } from '../../app/get-ledger-version.ts';
import { noticeRevisions } from '../../app/notice-revisions.ts';
import { AppError } from '../../core/app-error.ts';
import type { Ledger } from '../../core/ledger/ledger.ts';
import { buildNotice, type NoticeRevision, renderHtml, renderMarkdown } from '../../core/notice/index.ts';
import { renderPdf } from '../../notice/render-pdf.ts';
import { withCliStore } from '../cli-store.ts';
import { resolveLedger, versionNumber } from '../resolve-ledger.ts';
import { registerNoticePublish } from './notice-publish.ts';

const NoticeOptionsSchema = z.object({
  ledger: z.string().min(1).optional(),
  lang: z.enum(['ja', 'en']),
  format: z.enum(['md', 'html', 'pdf']),
  entity: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
});
type NoticeOptions = z.infer<typeof NoticeOptionsSchema>;

export function registerNotice(program: Command): void {
  const notice = program
    .command('notice')
    .description('render the privacy notice (プライバシーポリシー) computed from the ledger')
    .option('--ledger <path|version>', 'ledger YAML file or folder, or a stored version number (default: current)')
    .option('--lang <lang>', 'ja or en', 'ja')
    .option('--format <format>', 'md, html or pdf', 'md')
    .option('--entity <id>', 'only this operator of a group')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (raw: unknown) => {
      const parsed = NoticeOptionsSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'invalid notice options', {
          issues: parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message })),
        });
      }
      const options = parsed.data;
      const { ledger, revisions } = await getLedger(options);
      const model = buildNotice(ledger, {
        lang: options.lang,
        revisions,
        ...(options.entity ? { operatorId: options.entity } : {}),
      });
      const output =
        options.format === 'pdf'
          ? await renderPdf(model)
          : options.format === 'html'
            ? renderHtml(model)
            : renderMarkdown(model);
      if (options.out) {
        writeFileSync(options.out, output);
        console.log(`wrote ${options.out} (${Buffer.byteLength(output)} bytes)`);
      } else if (options.format === 'pdf' && process.stdout.isTTY) {
        throw new AppError('VALIDATION', 'a PDF is binary: give --out FILE or redirect standard output');
      } else {
        process.stdout.write(output);
      }
    });
  registerNoticePublish(notice);
}

/** The ledger the notice is computed from: a YAML path, or a stored version (default: the current one). */
async function getLedger(options: NoticeOptions): Promise<{ ledger: Ledger; revisions: NoticeRevision[] }> {
  if (options.ledger !== undefined && existsSync(options.ledger)) {
    return { ledger: (await resolveLedger(options.ledger)).ledger, revisions: [] };
  }
  return withCliStore(async (store) => {
    const version = await getLedgerVersion({ store }, versionNumber(options.ledger));
    return { ledger: version.ledger, revisions: await noticeRevisions(store, version.number) };
  });
}
