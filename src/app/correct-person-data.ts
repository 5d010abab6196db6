import { AppError } from '../core/app-error.ts';
import type { ErasurePlan } from '../core/dataset/erasure-plan.ts';
import type { PersonIdentity } from '../core/dataset/person-identity.ts';
import { type ItemCorrection, planCorrection } from '../core/dataset/plan-correction.ts';
import type { ErasureRun, Verification } from './connector.ts';
import type { DatasetBinding } from './dataset-binding.ts';
import { findInDataset } from './find-person-data.ts';

export interface SystemCorrection {
  readonly system: string;
  readonly plan: ErasurePlan;
  readonly run: ErasureRun;
  readonly verification?: Verification;
}

/** Corrects items of a person's data wherever they are held (RQ-3), previewed or executed and verified. */
export async function correctPersonData(input: {
  readonly datasets: readonly DatasetBinding[];
  readonly identity: PersonIdentity;
  readonly corrections: readonly ItemCorrection[];
  readonly mode: 'preview' | 'execute';
}): Promise<{ readonly systems: readonly SystemCorrection[]; readonly ok: boolean }> {
  const systems: SystemCorrection[] = [];
  for (const binding of input.datasets) {
    const found = await findInDataset(binding, input.identity);
    const planned = planCorrection(binding.annotations, found, input.corrections);
    if (!planned.ok) throw new AppError('VALIDATION', 'invalid correction', { issues: planned.issues });
    const run = await binding.connector.applyErasure(planned.plan, { dryRun: input.mode === 'preview' });
    const verification = input.mode === 'execute' ? await binding.connector.verify(planned.plan) : undefined;
    systems.push({
      system: binding.annotations.system,
      plan: planned.plan,
      run,
      ...(verification ? { verification } : {}),
    });
  }
  return { systems, ok: systems.every((s) => s.verification?.ok ?? true) };
}
