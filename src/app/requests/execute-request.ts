import { AppError } from '../../core/app-error.ts';
import { correctPersonData } from '../correct-person-data.ts';
import { erasePersonData } from '../erase-person-data.ts';
import { suspendUse } from '../suspend-use.ts';
import { loadRequest, recordRequestEvidence } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';

/**
 * Carries out an approved correction, deletion, erasure or suspension: the company's databases through the
 * connectors (verified afterwards), suspensions through suspend-use so the decision engine denies from now on.
 */
export async function executeRequest(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string },
): Promise<{ readonly ok: boolean; readonly summary: Readonly<Record<string, unknown>> }> {
  const request = await loadRequest(deps, input.requestId);
  if (request.status !== 'approved') throw new AppError('CONFLICT', 'only an approved request is carried out');
  const version = await deps.store.ledgerVersions.latest();
  if (version === undefined) throw new AppError('CONFLICT', 'no ledger is loaded');
  const datasets = deps.datasets ?? [];
  const identity = request.requester.identity;
  const touchesDatabases = ['erasure', 'deletion', 'correction', 'addition'].includes(request.type);
  // Never report an erasure or correction as done when no company database was reached.
  if (touchesDatabases && datasets.length === 0) {
    throw new AppError(
      'CONFLICT',
      "no company database is connected: set the connection secrets of the ledger's systems (e.g. DEMO_HR_DATABASE_URL) and restart",
    );
  }
  let result: { ok: boolean; summary: Record<string, unknown> };
  switch (request.type) {
    case 'suspension-of-use':
    case 'suspension-of-provision': {
      const subjectId = request.requester.subjectId;
      if (subjectId === undefined) {
        throw new AppError('VALIDATION', 'a suspension needs the subject id the decision engine knows', {
          issues: [{ path: 'requester.subjectId', message: 'required for suspensions' }],
        });
      }
      const { suspension } = await suspendUse(deps, {
        actor: input.actor,
        subjectId,
        kind: request.type === 'suspension-of-use' ? 'use' : 'provision',
        requestId: request.id,
        ...(request.details.purpose ? { purpose: request.details.purpose } : {}),
        ...(request.details.recipient ? { recipient: request.details.recipient } : {}),
      });
      result = { ok: true, summary: { suspension: suspension.id } };
      break;
    }
    case 'erasure':
    case 'deletion': {
      const report = await erasePersonData({
        ledger: version.ledger,
        datasets,
        identity,
        mode: 'execute',
        now: deps.clock.now(),
        ...(request.details.items ? { items: request.details.items } : {}),
      });
      result = { ok: report.ok, summary: { systems: report.systems.length, keptRows: report.kept.length } };
      break;
    }
    case 'correction':
    case 'addition': {
      const report = await correctPersonData({
        datasets,
        identity,
        corrections: request.details.corrections ?? [],
        mode: 'execute',
      });
      result = { ok: report.ok, summary: { systems: report.systems.length } };
      break;
    }
    default:
      throw new AppError('CONFLICT', `a ${request.type} request is answered, not carried out`);
  }
  await recordRequestEvidence(deps, request, {
    requestId: request.id,
    seq: 0,
    at: deps.clock.now(),
    actor: input.actor,
    action: 'execute',
    from: request.status,
    to: request.status,
    note: { ok: result.ok, ...result.summary },
  });
  return result;
}
