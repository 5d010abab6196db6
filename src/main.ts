// Composition root: the only place adapters are built and wired.
import { mkdirSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { bootstrapAdministrator } from './app/auth/bootstrap-administrator.ts';
import { argon2Hasher } from './app/auth/password-hasher.ts';
import { consoleLogger } from './app/console-logger.ts';
import { loadEvidenceKey } from './app/evidence-key.ts';
import { FieldCipher } from './app/field-cipher.ts';
import { importLedger } from './app/import-ledger.ts';
import { loadMasterKeyring } from './app/master-keyring.ts';
import { publishNotice } from './app/notice/publish-notice.ts';
import { PolicyHolder } from './app/policy-holder.ts';
import type { Store } from './app/ports.ts';
import { cipherSealer } from './app/requests/cipher-sealer.ts';
import { scheduleRequestJobs } from './app/requests/request-jobs.ts';
import { scheduleRetentionJobs } from './app/retention/retention-jobs.ts';
import { scheduleSearchJobs } from './app/search-jobs.ts';
import { systemClock } from './app/system-clock.ts';
import { scheduleVerificationJobs } from './app/verification-jobs.ts';
import { readLedgerSources } from './cli/ledger-files.ts';
import { DEMO_PERSON_EMAIL, startDemoHrDatabase } from './connectors/demo/start-demo-database.ts';
import { openDatasets } from './connectors/open-datasets.ts';
import { AppError } from './core/app-error.ts';
import { accessConfigFromEnv } from './http/access-config.ts';
import { createApp } from './http/create-app.ts';
import type { HttpDeps } from './http/http-deps.ts';
import { requestDepsFor } from './http/request-deps-for.ts';
import { retentionDepsFor } from './http/routes/retention-route-deps.ts';
import { tlsFromEnv } from './http/tls-config.ts';
import { mailerFromEnv } from './mail/smtp-mailer.ts';
import { openStore } from './store/open-store.ts';
import { storeConfigFromEnv } from './store/store-config.ts';

const DEMO_LEDGER = fileURLToPath(new URL('../examples/demo', import.meta.url));

async function main(): Promise<void> {
  const env = process.env;
  const logger = consoleLogger(env.MAMORI_LOG_LEVEL === 'warn' ? 'warn' : 'info');
  const port = parsePort(env.PORT);
  const dataDir = env.MAMORI_DATA?.trim() || './data';
  mkdirSync(dataDir, { recursive: true });
  // The checkpoint signing key lives in the data directory or the environment, never in the database.
  const evidenceKey = loadEvidenceKey(env, dataDir);
  const store = await openStore(storeConfigFromEnv(env, dataDir), { evidence: { signingKey: evidenceKey.signing } });
  const clock = systemClock;
  // Master keys for field encryption: a key file (created 0600 on first start) or the environment, never the database.
  const masters = loadMasterKeyring(env, dataDir, { create: true, now: clock.now() });
  const cipher = new FieldCipher({ dataKeys: store.dataKeys, masters, clock });
  const tls = tlsFromEnv(env);

  if ((await store.ledgerVersions.count()) === 0 && env.MAMORI_NO_DEMO !== '1') {
    const { version } = await importLedger(
      { store, clock },
      {
        sources: readLedgerSources(DEMO_LEDGER),
        author: 'mamori (first start)',
        comment: 'demo ledger loaded on first start',
      },
    );
    logger.info('demo ledger loaded', { version: version.number, ledgerId: version.ledgerId });
    // The demo's notice is published at once, so the privacy center has one and later ledger changes are drafts.
    await publishNotice(
      { store, clock, evidence: store.evidence },
      { ledgerVersion: version.number, comment: 'demo notice published on first start', actor: 'mamori (first start)' },
    );
  }

  // First start: one administrator whose password is printed this once and must be changed at the first login.
  const hasher = argon2Hasher();
  const evidence = store.evidence;
  const bootstrap = await bootstrapAdministrator(
    { store, clock, evidence, hasher },
    env.MAMORI_ADMIN_EMAIL?.trim() || undefined,
  );
  const access = accessConfigFromEnv(env);
  const policies = new PolicyHolder(store);
  // Requests from individuals: SMTP for the download links (none: electronic delivery is refused, naming
  // MAMORI_SMTP_URL), identity documents sealed with the field cipher, the company's databases, the public URL.
  const mailer = mailerFromEnv(env);
  const latest = await store.ledgerVersions.latest();
  // No company database configured: the demo HR system gets a synthetic SQLite database in the data directory.
  const demoHr =
    latest !== undefined && env.MAMORI_NO_DEMO !== '1'
      ? await startDemoHrDatabase(latest.ledger, dataDir, env)
      : undefined;
  let boundPort = port;
  const requests = {
    sealer: cipherSealer(cipher),
    datasets: requestDatasets(
      latest && demoHr ? { ...latest, ledger: demoHr.ledger } : latest,
      demoHr?.env ?? env,
      logger,
    ),
    // A getter: with PORT=0 the port is known only once the server listens (set below).
    get publicUrl() {
      return env.MAMORI_PUBLIC_URL?.trim() || `${tls ? 'https' : 'http'}://localhost:${boundPort}`;
    },
    ...(mailer ? { mailer } : {}),
  };
  const httpDeps: HttpDeps = {
    store,
    clock,
    logger,
    evidence,
    evidenceKeys: evidenceKey.keys,
    policies,
    auth: { hasher },
    cipher,
    requests,
    ...statisticsFromEnv(env),
    ...access,
  };
  const app = createApp(httpDeps);
  // Unpaid fees and the identity-document purge, hourly (idempotent; several nodes may run it).
  scheduleRequestJobs(requestDepsFor(httpDeps), logger);
  // Background searches whose process died: finished by whichever node sees them first (a lease each).
  scheduleSearchJobs(requestDepsFor(httpDeps), logger);
  // Disposal jobs whose runner stopped (a crash, a restart) are resumed; one node at a time can claim each.
  scheduleRetentionJobs(retentionDepsFor(httpDeps, httpDeps.retention));
  // Evidence verifications started from the console whose process died: run again by whichever node sees them.
  scheduleVerificationJobs({ store, keys: evidenceKey.keys, clock, logger });
  const listen = { fetch: app.fetch, port, hostname: env.HOST ?? '0.0.0.0' };
  const options = tls ? { ...listen, createServer: createHttpsServer, serverOptions: tls } : listen;
  const server = serve(options, (info) => {
    boundPort = info.port;
    const url = `${tls ? 'https' : 'http'}://localhost:${info.port}/`;
    console.log(`Mamori is running at ${url}`);
    console.log(`  console: ${url}console/   privacy center: ${url}privacy-center/`);
    console.log(`  store: ${store.kind}${store.kind === 'sqlite' ? ` (${dataDir})` : ''}`);
    console.log(`  API: ${url}api/docs   notice: ${url}privacy/notice?lang=ja`);
    console.log(`  evidence signing key: ${evidenceKey.source}${evidenceKey.created ? ' (created)' : ''}`);
    console.log(`  field encryption master keys: ${masters.source} (current ${masters.current().id})`);
    if (demoHr) {
      const made = demoHr.created ? ', created' : '';
      console.log(`  demo HR database: ${demoHr.file} (${demoHr.subjects} synthetic people${made})`);
      console.log(`  demo person for requests: ${DEMO_PERSON_EMAIL}`);
    }
    if (bootstrap) {
      console.log(`  first start: administrator ${bootstrap.email}  password ${bootstrap.password}`);
      console.log('  (shown only this once; log in and change it: POST /api/v1/auth/login, /api/v1/auth/password)');
    }
  });

  const stop = () => {
    server.close(() => void store.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The ledger systems' connections (MAMORI_LEDGER_PATH: where their annotation files are; default the demo). */
function requestDatasets(
  version: Awaited<ReturnType<Store['ledgerVersions']['latest']>>,
  env: NodeJS.ProcessEnv,
  logger: ReturnType<typeof consoleLogger>,
) {
  if (version === undefined) return [];
  try {
    return openDatasets(version.ledger, env.MAMORI_LEDGER_PATH?.trim() || DEMO_LEDGER, env);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown';
    logger.warn('request search: no database connections (searches find nothing there)', { reason });
    return [];
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('VALIDATION', `PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`error: ${error.message}`);
    for (const issue of error.issues) console.error(`  ${issue.path}: ${issue.message}`);
  } else {
    console.error('error: Mamori could not start', error instanceof Error ? error.message : '');
  }
  process.exit(1);
});

/** MAMORI_STATISTICS_MIN_COUNT: the smallest statistics cell ever published (small-cell suppression; default 10). */
function statisticsFromEnv(env: NodeJS.ProcessEnv): Pick<HttpDeps, 'statistics'> {
  const raw = env.MAMORI_STATISTICS_MIN_COUNT?.trim();
  if (!raw) return {};
  const minimumCount = Number(raw);
  if (!Number.isInteger(minimumCount) || minimumCount < 1) {
    throw new AppError('VALIDATION', 'MAMORI_STATISTICS_MIN_COUNT must be a positive whole number');
  }
  return { statistics: { minimumCount } };
}
