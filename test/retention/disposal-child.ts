// A disposal runner in a process of its own, for the crash test: it announces each batch after the company database
// committed it and, from batch PAUSE_AT on, pauses, so the parent can kill it (SIGKILL) between that commit and Mamori's record.
import { join } from 'node:path';
import { runDisposalJob } from '../../src/app/retention/run-disposal-job.ts';
import { openConnector } from '../../src/connectors/open-connector.ts';
import { loadAnnotations } from '../../src/connectors/open-datasets.ts';
import { renderDisposalCertificatePdf } from '../../src/notice/render-disposal-certificate.ts';
import { openStore } from '../../src/store/open-store.ts';
import { DEMO_DIR, TEST_KEY } from '../connectors/demo-fixture.ts';
import { movingClock } from './retention-fixture.ts';

const env = process.env;
const store = await openStore({ kind: 'postgres', url: env.STORE_URL! });
const connector = openConnector('postgres', env.COMPANY_URL!);
const annotations = loadAnnotations(join(DEMO_DIR, 'hr-database.annotations.yaml'));
const deps = {
  store,
  clock: movingClock(Number(env.CLOCK_ORIGIN)),
  datasets: [{ annotations, connector, keyedHash: TEST_KEY }],
  renderCertificate: renderDisposalCertificatePdf,
};
await runDisposalJob(deps, env.JOB_ID!, {
  owner: 'child-node',
  batchSize: Number(env.BATCH),
  leaseMs: Number(env.LEASE_MS),
  afterDispose: async (seq) => {
    process.stdout.write(`batch ${seq}\n`);
    if (seq >= Number(env.PAUSE_AT)) await new Promise((resolve) => setTimeout(resolve, 60_000));
  },
});
process.stdout.write('finished\n');
await connector.close();
await store.close();
