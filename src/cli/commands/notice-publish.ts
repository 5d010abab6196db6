import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { publishNotice } from '../../app/notice/publish-notice.ts';
import { publishedNotices } from '../../app/notice/published-notices.ts';
import { systemClock } from '../../app/system-clock.ts';
import { AppError } from '../../core/app-error.ts';
import { withCliStore } from '../cli-store.ts';

/** `mamori notice publish | versions`: the host owner's path to what the console's Notice page does. */
export function registerNoticePublish(notice: Command): void {
  notice
    .command('publish')
    .description('publish the notice of the current ledger version (the privacy center shows it from now on)')
    .option('-m, --comment <text>', 'why (kept with the publication, never published)', '')
    .option('--version <n>', 'the ledger version you reviewed (refused if the ledger moved on)')
    .option('--author <name>', 'who publishes', defaultAuthor())
    .action(async (options: { comment: string; version?: string; author: string }) => {
      const result = await withCliStore(async (store) => {
        const reviewed =
          options.version === undefined ? await store.ledgerVersions.latestNumber() : Number(options.version);
        if (reviewed === undefined || !Number.isInteger(reviewed) || reviewed < 1) {
          throw new AppError('VALIDATION', 'nothing to publish: give --version N of a stored ledger version', {
            issues: [{ path: '--version', message: 'a stored ledger version number' }],
          });
        }
        return publishNotice(
          { store, clock: systemClock, evidence: store.evidence },
          { ledgerVersion: reviewed, comment: options.comment, actor: `cli:${options.author}` },
        );
      });
      console.log(
        `published the notice of ledger version ${result.publication.ledgerVersion} (evidence #${result.evidence.seq})`,
      );
    });
  notice
    .command('versions')
    .description('every published version of the notice, newest first, with the date it took effect')
    .action(async () => {
      const list = await withCliStore((store) => publishedNotices(store));
      for (const n of list.reverse()) {
        console.log(`${n.ledgerVersion}\t${n.publishedAt.toISOString()}${n.explicit ? '' : '\t(followed the ledger)'}`);
      }
    });
}

function defaultAuthor(): string {
  try {
    return process.env.MAMORI_AUTHOR ?? userInfo().username;
  } catch {
    return 'unknown';
  }
}
