import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { recordContractorDisposal } from '../../app/retention/record-contractor-disposal.ts';
import { AppError } from '../../core/app-error.ts';
import type { CertificateMediaType } from '../../core/retention/contractor-document.ts';
import { withRetention } from './retention-cli-context.ts';
import { actorOption } from './retention-hold-commands.ts';

const MEDIA: Record<string, CertificateMediaType> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/** `mamori retention certificates|certificate|contractor-certificate`. */
export function registerRetentionCertificateCommands(retention: Command): void {
  retention
    .command('certificates')
    .description('disposal certificates, newest first')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      withRetention(
        async (deps) => {
          const list = await deps.store.retention.certificates(100);
          if (o.json)
            return void console.log(
              JSON.stringify(
                list.map((c) => c.body),
                null,
                2,
              ),
            );
          if (list.length === 0) console.log('no certificates yet');
          for (const c of list) {
            const t = c.body.totals;
            const verified = c.body.verification.ok ? 'verified' : 'NOT VERIFIED';
            console.log(
              `${c.id}  ${c.issuedAt.toISOString()}  ${c.kind}  ${c.body.status}  disposed ${t.disposed}  held ${t.held}  ${verified}`,
            );
          }
        },
        { connect: false },
      ),
    );
  retention
    .command('certificate')
    .description('one disposal certificate (JSON), or its PDF with --pdf')
    .argument('<id>', 'certificate id')
    .option('--pdf <file>', 'write the PDF here')
    .action((id: string, o: { pdf?: string }) =>
      withRetention(
        async (deps) => {
          const cert = await deps.store.retention.certificate(id);
          if (cert === undefined) throw new AppError('NOT_FOUND', `certificate ${id} not found`);
          if (o.pdf) {
            writeFileSync(o.pdf, cert.pdf);
            return void console.log(`wrote ${o.pdf} (sha256 ${cert.pdfSha256})`);
          }
          const [entry] = await deps.store.evidence.list({ type: 'disposal', subject: id, limit: 1 });
          const evidence = entry ? { seq: entry.seq, hash: entry.hash } : undefined;
          console.log(
            JSON.stringify({ ...cert.body, bodySha256: cert.bodySha256, pdfSha256: cert.pdfSha256, evidence }, null, 2),
          );
        },
        { connect: false },
      ),
    );
  retention
    .command('contractor-certificate')
    .description("record a contractor's disposal with their certificate (PDF, JPEG or PNG) attached")
    .requiredOption('--contractor <id>', 'the contractor (ledger id)')
    .requiredOption('--rule <id>', 'the retention rule it disposed under')
    .option('--system <id>', 'the system the data came from')
    .requiredOption('--rows <n>', 'records the contractor disposed of', (v) => Number.parseInt(v, 10))
    .requiredOption('--disposed-on <date>', 'the date on their certificate (YYYY-MM-DD)')
    .requiredOption('--method <text>', 'how (e.g. overwritten three times, shredded and dissolved)')
    .requiredOption('--file <path>', "the contractor's certificate")
    .option('--actor <name>', 'who records it (default: the login name)', actorOption())
    .action(
      (o: {
        contractor: string;
        rule: string;
        system?: string;
        rows: number;
        disposedOn: string;
        method: string;
        file: string;
        actor: string;
      }) =>
        withRetention(
          async (deps) => {
            const mediaType = MEDIA[extname(o.file).toLowerCase()];
            if (mediaType === undefined) throw new AppError('VALIDATION', '--file must be a .pdf, .jpg or .png file');
            const stored = await recordContractorDisposal(
              deps,
              {
                contractor: o.contractor,
                rule: o.rule,
                ...(o.system ? { system: o.system } : {}),
                rows: o.rows,
                disposedOn: o.disposedOn,
                method: o.method,
                document: { fileName: basename(o.file), mediaType, content: new Uint8Array(readFileSync(o.file)) },
              },
              o.actor,
            );
            console.log(`recorded ${stored.id} (document sha256 ${stored.body.contractor?.document.sha256})`);
          },
          { connect: false },
        ),
    );
}
