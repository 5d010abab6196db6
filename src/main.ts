// Composition root: the only place adapters are built and wired.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadAdminToken } from './app/admin-token.ts';
import { consoleLogger } from './app/console-logger.ts';
import { importLedger } from './app/import-ledger.ts';
import { systemClock } from './app/system-clock.ts';
import { readLedgerSources } from './cli/ledger-files.ts';
import { AppError } from './core/app-error.ts';
import { createApp } from './http/create-app.ts';
import { openStore } from './store/open-store.ts';
import { storeConfigFromEnv } from './store/store-config.ts';

const DEMO_LEDGER = fileURLToPath(new URL('../examples/demo', import.meta.url));

async function main(): Promise<void> {
  const env = process.env;
  const logger = consoleLogger(env.MAMORI_LOG_LEVEL === 'warn' ? 'warn' : 'info');
  const port = parsePort(env.PORT);
  const dataDir = env.MAMORI_DATA?.trim() || './data';
  mkdirSync(dataDir, { recursive: true });
  const store = await openStore(storeConfigFromEnv(env, dataDir));
  const clock = systemClock;

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
  }

  const admin = loadAdminToken(env, dataDir);
  const app = createApp({ store, clock, logger, adminTokenHash: admin.hash });
  const server = serve({ fetch: app.fetch, port, hostname: env.HOST ?? '0.0.0.0' }, (info) => {
    const url = `http://localhost:${info.port}/`;
    console.log(`Mamori is running at ${url}`);
    console.log(`  store: ${store.kind}${store.kind === 'sqlite' ? ` (${dataDir})` : ''}`);
    console.log(`  API: ${url}api/docs   notice: ${url}privacy/notice?lang=ja`);
    console.log(`  administrator token: ${admin.source}`);
  });

  const stop = () => {
    server.close(() => void store.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
