import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { VerificationRun, VerificationRunRepository } from '../app/verification-runs.ts';
import { AppError } from '../core/app-error.ts';
import type { Database } from './database.ts';
import { toDate } from './row-values.ts';

const ProblemSchema = z.object({ seq: z.number().optional(), kind: z.string(), message: z.string() });

export class KyselyVerificationRunRepository implements VerificationRunRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async record(run: VerificationRun): Promise<void> {
    await this.#db
      .insertInto('evidence_verifications')
      .values({
        id: run.id,
        at: run.at.toISOString(),
        actor: run.actor,
        ok: run.ok ? 1 : 0,
        from_seq: run.from,
        to_seq: run.to,
        entries: run.entries,
        checkpoints: run.checkpoints,
        problem_json: run.problem === undefined ? null : JSON.stringify(run.problem),
      })
      .execute();
  }

  async latest(): Promise<VerificationRun | undefined> {
    const row = await this.#db
      .selectFrom('evidence_verifications')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const problem = row.problem_json === null ? undefined : ProblemSchema.safeParse(JSON.parse(row.problem_json));
    if (problem !== undefined && !problem.success) throw new AppError('INTERNAL', 'stored verification is damaged');
    return {
      id: row.id,
      at: toDate(row.at, 'evidence_verifications.at'),
      actor: row.actor,
      ok: Number(row.ok) === 1,
      from: Number(row.from_seq),
      to: Number(row.to_seq),
      entries: Number(row.entries),
      checkpoints: Number(row.checkpoints),
      ...(problem?.success ? { problem: compactProblem(problem.data) } : {}),
    };
  }
}

function compactProblem(p: z.infer<typeof ProblemSchema>): NonNullable<VerificationRun['problem']> {
  return p.seq === undefined ? { kind: p.kind, message: p.message } : { seq: p.seq, kind: p.kind, message: p.message };
}
