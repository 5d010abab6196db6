import { fileURLToPath } from 'node:url';
import { FieldCipher } from '../../app/field-cipher.ts';
import { loadMasterKeyring } from '../../app/master-keyring.ts';
import type { RetentionDeps } from '../../app/retention/retention-deps.ts';
import type { DisposalJob } from '../../app/retention/retention-ports.ts';
import { cipherRetentionSealer } from '../../app/retention/retention-sealer.ts';
import { systemClock } from '../../app/system-clock.ts';
import { openDatasets } from '../../connectors/open-datasets.ts';
import { renderDisposalCertificatePdf } from '../../notice/render-disposal-certificate.ts';
import { withEvidenceStore } from '../evidence-cli.ts';

const DEMO_LEDGER = fileURLToPath(new URL('../../../examples/demo', import.meta.url));

/**
 * The retention use cases over the configured store (evidence signed with the data directory's key, as the server
 * does), the field cipher over the master keys, and the company databases of the newest ledger version
 * (annotation files relative to MAMORI_LEDGER_PATH, default the demo ledger; secrets from the environment).
 */
export function withRetention<T>(
  work: (deps: RetentionDeps) => Promise<T>,
  options: { readonly connect?: boolean } = {},
): Promise<T> {
  const dataDir = process.env.MAMORI_DATA?.trim() || './data';
  return withEvidenceStore(async ({ store }) => {
    const masters = loadMasterKeyring(process.env, dataDir, { create: true, now: systemClock.now() });
    const cipher = new FieldCipher({ dataKeys: store.dataKeys, masters, clock: systemClock });
    const latest = options.connect === false ? undefined : await store.ledgerVersions.latest();
    const datasets = latest
      ? openDatasets(latest.ledger, process.env.MAMORI_LEDGER_PATH?.trim() || DEMO_LEDGER, process.env)
      : [];
    try {
      return await work({
        store,
        clock: systemClock,
        datasets,
        renderCertificate: renderDisposalCertificatePdf,
        sealer: cipherRetentionSealer(cipher),
      });
    } finally {
      await Promise.all(datasets.map((d) => d.connector.close()));
    }
  });
}

/** A progress bar on stderr (redrawn in place on a terminal, a line per 10% otherwise). */
export function progressBar(out: NodeJS.WriteStream = process.stderr) {
  let lastStep = -1;
  return (job: Pick<DisposalJob, 'targets' | 'progress'>, label: string) => {
    const own = job.targets
      .map((t, i) => ({ t, p: job.progress[i]! }))
      .filter(({ t }) => t.target.action !== 'contractor');
    const planned = own.reduce((n, { t }) => n + t.planned, 0);
    const disposed = own.reduce((n, { p }) => n + p.disposed, 0);
    const ratio = planned === 0 ? 1 : Math.min(1, disposed / planned);
    const width = 30;
    const bar = `${'#'.repeat(Math.round(ratio * width)).padEnd(width, '.')}`;
    const text = `[${bar}] ${(ratio * 100).toFixed(1)}%  ${disposed.toLocaleString('en')} / ${planned.toLocaleString('en')} rows  ${label}`;
    if (out.isTTY) {
      out.write(`\r${text.slice(0, (out.columns ?? 120) - 1).padEnd(Math.min(out.columns ?? 120, 120) - 1)}`);
      return;
    }
    const step = Math.floor(ratio * 10);
    if (step !== lastStep) out.write(`${text}\n`);
    lastStep = step;
  };
}
