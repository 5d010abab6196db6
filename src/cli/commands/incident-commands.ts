import type { Command } from 'commander';
import { listDeadlines } from '../../app/incidents/list-deadlines.ts';
import { systemClock } from '../../app/system-clock.ts';
import { withCliStore } from '../cli-store.ts';

/** `mamori incident list|deadlines`: incidents and their report deadlines (issue 7). */
export function registerIncidentCommands(program: Command): void {
  const incident = program.command('incident').description('incidents and breach reports');
  incident
    .command('list')
    .description('incidents, newest discovery first')
    .option('--open', 'open incidents only')
    .option('--json', 'print JSON')
    .action(async (options: { open?: boolean; json?: boolean }) => {
      const list = await withCliStore((store) => store.incidents.list(options.open ? { status: 'open' } : {}));
      if (options.json) return void console.log(JSON.stringify(list, null, 2));
      if (list.length === 0) console.log('no incidents recorded');
      for (const i of list) {
        const grounds = i.classification.grounds.join(',') || '-';
        const reportable = i.classification.reportable ? 'reportable' : 'not reportable';
        console.log(
          `${i.id}  ${i.facts.discoveredAt.toISOString()}  ${i.operator}  ${i.status}  ${reportable} (${grounds})  ${i.title}`,
        );
      }
    });
  incident
    .command('deadlines')
    .description('report deadlines overdue or due within N days, soonest first')
    .option('--within <days>', 'days ahead', (v) => Number.parseInt(v, 10), 7)
    .option('--json', 'print JSON')
    .action(async (options: { within: number; json?: boolean }) => {
      const due = await withCliStore((store) =>
        listDeadlines({ store, clock: systemClock }, { withinDays: options.within }),
      );
      if (options.json) return void console.log(JSON.stringify(due, null, 2));
      if (due.length === 0) console.log('nothing due');
      for (const d of due) {
        console.log(
          `${d.overdue ? 'OVERDUE ' : 'due     '}${d.due.toISOString()}  ${d.kind}  ${d.operator}  ${d.incidentId}  ${d.title}`,
        );
      }
    });
}
