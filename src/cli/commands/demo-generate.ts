import type { Command } from 'commander';
import { z } from 'zod';
import { BUILT_IN_DEMO_KEY, DEMO_HASH_KEY_ENV, demoKeyedHash } from '../../connectors/demo/demo-key.ts';
import { generateDemoDatabase } from '../../connectors/demo/generate.ts';
import { AppError } from '../../core/app-error.ts';

const OptionsSchema = z
  .object({
    subjects: z.coerce.number().int().min(1).max(10_000_000),
    engine: z.enum(['postgres', 'mysql', 'sqlite']),
    url: z.string().min(1).optional(),
    file: z.string().min(1).optional(),
    seed: z.coerce.number().int().optional(),
    asOf: z.iso.date().optional(),
    replace: z.boolean().optional(),
  })
  .refine((o) => (o.engine === 'sqlite' ? o.file !== undefined || o.url !== undefined : o.file === undefined), {
    message: 'SQLite takes --file PATH; PostgreSQL and MySQL take --url URL (or DEMO_HR_DATABASE_URL)',
    path: ['file'],
  });

export function registerDemoGenerate(program: Command): void {
  const demo = program.command('demo').description('the synthetic staffing-company HR database for demos and tests');
  demo
    .command('generate')
    .description(
      'generate N synthetic people (Japanese names, addresses, staff, employees, payroll...) and bulk load them',
    )
    .requiredOption('--subjects <n>', 'how many people (up to 10,000,000)')
    .requiredOption('--engine <engine>', 'postgres, mysql (MariaDB) or sqlite')
    .option(
      '--url <url>',
      'database URL (default: DEMO_HR_DATABASE_URL; prefer the variable, URLs on a command line are visible to others)',
    )
    .option('--file <path>', 'SQLite file')
    .option('--seed <n>', 'PRNG seed (the same seed gives the same people)')
    .option('--as-of <date>', 'the day the data is as of (YYYY-MM-DD)')
    .option('--replace', 'drop existing demo tables first')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = OptionsSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'invalid demo generate options', {
          issues: parsed.error.issues.map((i) => ({ path: `--${i.path.join('.')}`, message: i.message })),
        });
      }
      const options = parsed.data;
      const target = options.file ?? options.url ?? process.env.DEMO_HR_DATABASE_URL?.trim();
      if (!target) throw new AppError('VALIDATION', 'give --url URL or set DEMO_HR_DATABASE_URL');
      const key = demoKeyedHash();
      if (key.builtIn) {
        console.error(
          `note: ${DEMO_HASH_KEY_ENV} is not set; My Numbers are hashed with the built-in demo key ${BUILT_IN_DEMO_KEY}`,
        );
      }
      const started = performance.now();
      const load = await generateDemoDatabase({
        engine: options.engine,
        target,
        subjects: options.subjects,
        hashMyNumber: key.hash,
        replace: options.replace ?? false,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      });
      const total = Object.values(load.rows).reduce((a, b) => a + b, 0);
      for (const [table, rows] of Object.entries(load.rows))
        console.log(`${table.padEnd(18)} ${String(rows).padStart(10)}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `${options.subjects} people, ${total} rows on ${options.engine} in ${seconds} s (load ${load.loadSeconds.toFixed(1)} s, keys and indexes ${load.indexSeconds.toFixed(1)} s)`,
      );
    });
}
