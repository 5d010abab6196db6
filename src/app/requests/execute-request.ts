import { AppError } from '../../core/app-error.ts';
import { type ExecutionSummary, needsExecution, type PrivacyRequest } from '../../core/requests/privacy-request.ts';
import { correctPersonData } from '../correct-person-data.ts';
import { erasePersonData } from '../erase-person-data.ts';
import { suspendUse } from '../suspend-use.ts';
import { currentLedger } from './current-ledger.ts';
import { applyTransition, loadRequest } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';

const DATABASE_TYPES = ['erasure', 'deletion', 'correction', 'addition'];

/**
 * Carries out an approved correction, addition, deletion, erasure or suspension, exactly once: the request is
 * first claimed (`approved` -> `executing`, a compare-and-set on its version, so of two nodes racing one wins and
 * the other is refused with 409 `already-executed`), then the work runs (the company's databases through the
 * connectors, verified afterwards; suspensions through suspend-use so the decision engine denies from now on),
 * and the request becomes `executed` with what was done. A failure hands the claim back (`approved`), recorded.
 */
export async function executeRequest(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string },
): Promise<{ readonly request: PrivacyRequest; readonly summary: ExecutionSummary }> {
  const request = await loadRequest(deps, input.requestId);
  if (needsExecution(request.type)) precheck(deps, request);
  const claimed = await claim(deps, request, input.actor);
  let summary: ExecutionSummary;
  try {
    summary = await carryOut(deps, claimed, input.actor);
  } catch (error) {
    // Hand the claim back; if even that cannot be written, the lease lets a later call take it over.
    await applyTransition(deps, {
      requestId: claimed.id,
      actor: input.actor,
      action: { kind: 'fail-execution' },
      note: { error: error instanceof AppError ? error.code : 'INTERNAL' },
    }).catch(() => undefined);
    throw error;
  }
  const done = await applyTransition(deps, {
    requestId: claimed.id,
    actor: input.actor,
    action: { kind: 'complete-execution' },
    change: (r) => ({
      execution: {
        startedBy: r.execution?.startedBy ?? input.actor,
        startedAt: r.execution?.startedAt ?? deps.clock.now(),
        finishedAt: deps.clock.now(),
        summary,
      },
    }),
    note: { ...summary },
  });
  return { request: done, summary };
}

/** What cannot work is refused before the claim, so a hopeless run never holds the request. */
function precheck(deps: RequestDeps, request: PrivacyRequest): void {
  // Never report an erasure or correction as done when no company database was reached.
  if (DATABASE_TYPES.includes(request.type) && (deps.datasets ?? []).length === 0) {
    throw new AppError(
      'CONFLICT',
      "no company database is connected: set the connection secrets of the ledger's systems (e.g. DEMO_HR_DATABASE_URL) and restart",
      { details: { rule: 'no-database' } },
    );
  }
  if (request.type.startsWith('suspension') && request.requester.subjectId === undefined) {
    throw new AppError('VALIDATION', 'a suspension needs the subject id the decision engine knows', {
      issues: [{ path: 'requester.subjectId', message: 'required for suspensions (give it when verifying identity)' }],
    });
  }
}

/** The exactly-once claim: whoever loses the race (or comes later) gets 409 with the rule `already-executed`. */
async function claim(deps: RequestDeps, request: PrivacyRequest, actor: string): Promise<PrivacyRequest> {
  try {
    return await applyTransition(deps, {
      requestId: request.id,
      actor,
      action: { kind: 'begin-execution' },
      change: () => ({ execution: { startedBy: actor, startedAt: deps.clock.now() } }),
    });
  } catch (error) {
    if (!(error instanceof AppError && error.details.rule === 'stale-version')) throw error;
    const now = await loadRequest(deps, request.id);
    if (now.status !== 'executing' && now.status !== 'executed') throw error;
    throw new AppError('CONFLICT', `request ${request.id} is being or has been carried out by someone else`, {
      details: { rule: 'already-executed' },
    });
  }
}

async function carryOut(deps: RequestDeps, request: PrivacyRequest, actor: string): Promise<ExecutionSummary> {
  const version = await currentLedger(deps);
  if (version === undefined) throw new AppError('CONFLICT', 'no ledger is loaded');
  const datasets = deps.datasets ?? [];
  const identity = request.requester.identity;
  switch (request.type) {
    case 'suspension-of-use':
    case 'suspension-of-provision': {
      const subjectId = request.requester.subjectId ?? '';
      // A claim taken over from a node that died (or stalled) after recording the suspension finds it instead of
      // adding another; the database keeps one per request (migration 017) should both nodes write at once.
      const recorded = async () =>
        (await deps.store.suspensions.listForSubject(subjectId)).find((s) => s.requestId === request.id);
      const suspension =
        (await recorded()) ??
        (await suspendUse(deps, {
          actor,
          subjectId,
          kind: request.type === 'suspension-of-use' ? 'use' : 'provision',
          requestId: request.id,
          ...(request.details.purpose ? { purpose: request.details.purpose } : {}),
          ...(request.details.recipient ? { recipient: request.details.recipient } : {}),
        }).then(
          (made) => made.suspension,
          async (error: unknown) => {
            const existing =
              error instanceof AppError && error.details.rule === 'suspension-recorded' ? await recorded() : undefined;
            if (existing === undefined) throw error;
            return existing;
          },
        ));
      return {
        kind: 'suspension',
        systems: 0,
        suspension: {
          id: suspension.id,
          kind: suspension.kind,
          ...(suspension.purpose ? { purpose: suspension.purpose } : {}),
          ...(suspension.recipient ? { recipient: suspension.recipient } : {}),
        },
      };
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
      if (!report.ok) throw unverified('erasure');
      const rows = report.systems.flatMap((s) => s.plan.rows);
      const changed = rows.flatMap((r) => r.changes.map((c) => c.item));
      const kept = new Map<string, { table: string; items: Set<string>; rule: string; until: string | null }>();
      for (const row of report.kept) {
        for (const item of row.retained) {
          const key = `${row.table}\u0000${item.rule}\u0000${item.until}`;
          const entry = kept.get(key) ?? { table: row.table, items: new Set(), rule: item.rule, until: item.until };
          entry.items.add(item.item);
          kept.set(key, entry);
        }
      }
      return {
        kind: 'erasure',
        systems: report.systems.length,
        rowsDeleted: rows.filter((r) => r.action === 'delete').length,
        rowsUpdated: rows.filter((r) => r.action === 'update').length,
        items: [...new Set([...changed, ...(request.details.items ?? [])])].sort(),
        kept: [...kept.values()].map((k) => ({ ...k, items: [...k.items].sort() })),
      };
    }
    case 'correction':
    case 'addition': {
      const corrections = request.details.corrections ?? [];
      const report = await correctPersonData({ datasets, identity, corrections, mode: 'execute' });
      if (!report.ok) throw unverified('correction');
      const rows = report.systems.flatMap((s) => s.plan.rows);
      return {
        kind: 'correction',
        systems: report.systems.length,
        rowsUpdated: rows.filter((r) => r.action === 'update').length,
        items: [...new Set(corrections.map((c) => c.item))].sort(),
      };
    }
    default:
      throw new AppError('CONFLICT', `a ${request.type} request is answered, not carried out`, {
        details: { rule: 'not-executable' },
      });
  }
}

const unverified = (what: string) =>
  new AppError('CONFLICT', `the ${what} ran but the verification pass found data it should have changed`, {
    details: { rule: 'execution-unverified' },
  });
