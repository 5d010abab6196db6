import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { jobView } from '../../app/retention/job-view.ts';
import type { DisposalPlan } from '../../app/retention/plan-disposal.ts';
import { planDisposal } from '../../app/retention/plan-disposal.ts';
import type { RetentionDeps } from '../../app/retention/retention-deps.ts';
import type { DisposalJob } from '../../app/retention/retention-ports.ts';
import { processOwner, runDisposalJob } from '../../app/retention/run-disposal-job.ts';
import { startDisposalRun } from '../../app/retention/start-disposal-run.ts';
import { AppError } from '../../core/app-error.ts';
import { collect } from '../auth-cli.ts';
import { registerRetentionCertificateCommands } from './retention-certificate-commands.ts';
import { progressBar, withRetention } from './retention-cli-context.ts';
import { actorOption, registerRetentionHoldCommands } from './retention-hold-commands.ts';

/** `mamori retention`: the schedule from the ledger's retention rules, disposal runs, legal holds, certificates. */
export function registerRetentionCommands(program: Command): void {
  const retention = program
    .command('retention')
    .description('retention schedule, disposal runs, legal holds, certificates');
  retention
    .command('plan')
    .description('what a run would dispose now, per system, table and rule; what legal holds keep')
    .option('--system <id>', 'only this system (repeatable)', collect, [])
    .option('--as-of <date>', 'plan for another Japanese calendar day (YYYY-MM-DD)')
    .option('--json', 'print JSON')
    .action((o: { system: string[]; asOf?: string; json?: boolean }) =>
      withRetention(async (deps) => {
        const { plan } = await planDisposal(deps, {
          ...(o.system.length > 0 ? { systems: o.system } : {}),
          ...(o.asOf ? { asOf: o.asOf } : {}),
        });
        if (o.json) return void console.log(JSON.stringify(plan, null, 2));
        printPlan(plan);
      }),
    );
  retention
    .command('run')
    .description('dispose of what is due, in batches (a durable job: rerun to resume after a crash)')
    .option('--system <id>', 'only this system (repeatable; a new run only)', collect, [])
    .option('--batch-size <rows>', 'rows per batch and transaction', positive)
    .option('--yes', 'really dispose (without it, only the plan is shown)')
    .option('--actor <name>', 'who runs it (default: the login name)', actorOption())
    .action((o: { system: string[]; batchSize?: number; yes?: boolean; actor: string }) =>
      withRetention(async (deps) => {
        let job = await deps.store.retention.activeJob();
        if (job === undefined) {
          const { plan } = await planDisposal(deps, o.system.length > 0 ? { systems: o.system } : {});
          printPlan(plan);
          if (!o.yes)
            throw new AppError('VALIDATION', 'nothing disposed: run again with --yes to dispose of the above');
          job = await startDisposalRun(deps, { actor: o.actor, ...(o.system.length > 0 ? { systems: o.system } : {}) });
          console.log(`started disposal job ${job.id}`);
        } else
          console.log(`resuming disposal job ${job.id} (started ${job.createdAt.toISOString()} by ${job.requestedBy})`);
        const done = await runWhenFree(deps, job, o.batchSize);
        process.stderr.write('\n');
        printJob(done);
        if (done.status !== 'completed') process.exitCode = 1;
      }),
    );
  retention
    .command('status')
    .description('a disposal job and its progress (default: the newest)')
    .argument('[job]', 'job id')
    .option('--json', 'print JSON')
    .action((id: string | undefined, o: { json?: boolean }) =>
      withRetention(
        async (deps) => {
          const job = id ? await deps.store.retention.job(id) : (await deps.store.retention.jobs(1))[0];
          if (job === undefined)
            throw new AppError('NOT_FOUND', id ? `disposal job ${id} not found` : 'no disposal job yet');
          if (o.json) return void console.log(JSON.stringify(jobView(job), null, 2));
          printJob(job);
        },
        { connect: false },
      ),
    );
  retention
    .command('cancel')
    .description('stop a disposal job after its current batch (what was disposed is certified)')
    .argument('<job>', 'job id')
    .action((id: string) =>
      withRetention(
        async (deps) => {
          if (!(await deps.store.retention.requestCancel(id)))
            throw new AppError('CONFLICT', `disposal job ${id} is not active`);
          console.log(`cancellation of ${id} requested`);
        },
        { connect: false },
      ),
    );
  registerRetentionHoldCommands(retention);
  registerRetentionCertificateCommands(retention);
}

/** Runs the job, first waiting for the lease of a runner that stopped (crashed) to lapse; another live runner refuses. */
async function runWhenFree(deps: RetentionDeps, job: DisposalJob, batchSize: number | undefined): Promise<DisposalJob> {
  const bar = progressBar();
  for (;;) {
    const current = (await deps.store.retention.job(job.id))!;
    const until = current.lease?.until.getTime() ?? 0;
    const wait = until - deps.clock.now().getTime();
    if (wait > 0) {
      console.error(`job ${job.id} is held by ${current.lease?.owner} for ${Math.ceil(wait / 1000)} s more; waiting`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait + 100, 5000)));
      continue;
    }
    return runDisposalJob(deps, job.id, {
      owner: processOwner(),
      ...(batchSize ? { batchSize } : {}),
      onProgress: (p) => {
        const running = current.targets.find((_, i) => p.progress[i]?.state === 'pending');
        bar(
          { targets: current.targets, progress: p.progress },
          running ? `${running.target.system}/${running.target.table}` : '',
        );
      },
    });
  }
}

function printPlan(plan: DisposalPlan): void {
  console.log(`retention plan as of ${plan.asOf} (ledger version ${plan.ledgerVersion})`);
  for (const s of plan.systems) {
    console.log(`\n${s.system}${s.heldBy.length > 0 ? `  HELD by ${s.heldBy.join(', ')}` : ''}`);
    for (const t of s.targets) {
      const others = t.rules.length > 1 ? ` (also ${t.rules.slice(1).join(', ')})` : '';
      const held = t.held > 0 ? `  held ${t.held.toLocaleString('en')}` : '';
      console.log(
        `  ${t.table.padEnd(20)} ${t.action.padEnd(16)} ${`${t.due.toLocaleString('en')} due`.padStart(14)}${held}  rule ${t.rule}${others}`,
      );
    }
    for (const n of s.notes) console.log(`  note: ${n.message}`);
  }
  if (plan.unconnected.length > 0)
    console.log(`\nnot connected (dispose there by hand or by contractor): ${plan.unconnected.join(', ')}`);
  for (const h of plan.holds)
    console.log(`hold ${h.id} (${h.scope.kind}) keeps ${h.rows.toLocaleString('en')} due rows`);
  console.log(
    `\ntotal: ${plan.totals.due.toLocaleString('en')} rows due, ${plan.totals.held.toLocaleString('en')} held`,
  );
}

function printJob(job: DisposalJob): void {
  const view = jobView(job);
  console.log(
    `job ${view.id}: ${view.status}  ${view.totals.disposed.toLocaleString('en')} / ${view.totals.planned.toLocaleString('en')} rows (${view.totals.percent}%)`,
  );
  for (const t of view.targets)
    console.log(`  ${t.target.padEnd(44)} ${t.state.padEnd(10)} ${t.disposed} / ${t.planned}`);
  if (view.certificateId)
    console.log(`certificate ${view.certificateId}  (mamori retention certificate ${view.certificateId} --pdf FILE)`);
  if (view.error) console.log(`last error: ${view.error}`);
}

export function positive(value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a positive integer');
  return Number(value);
}
