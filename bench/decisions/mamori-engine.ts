import { EMPTY_SUBJECT_STATE, type SubjectState } from '../../src/core/consent/consent-record.ts';
import type { Ledger } from '../../src/core/ledger/ledger.ts';
import { compilePolicy } from '../../src/core/policy/compiled-policy.ts';
import { decide, decidePrepared } from '../../src/core/policy/decide.ts';
import { decideBatch } from '../../src/core/policy/decide-batch.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import { prepareRequest } from '../../src/core/policy/prepared-request.ts';
import type { BenchEngine } from './engine.ts';
import type { RequestSet } from './generate-requests.ts';

/** Mamori's engine as the product calls it: one `decide` per request, with every reason and obligation. */
export function createMamoriEngine(ledger: Ledger, set: RequestSet): BenchEngine {
  const policy = compilePolicy(ledger, 1);
  const { requests, states, now } = set;
  return {
    name: 'mamori decide',
    notes: ['full reasons (code, effect, message, element) and obligations'],
    decide(index) {
      const request = requests[index] as DecisionRequest;
      return decide(policy, request, states.get(request.subject.id) ?? EMPTY_SUBJECT_STATE, now).allowed;
    },
  };
}

/**
 * The same engine with each request prepared before timing (`prepareRequest`: its ledger ids looked up once), then
 * `decidePrepared` with the person and their state per call: the like-for-like row for the bitset limit, whose
 * requests are compiled to integers before timing. An application prepares a request once and decides it for
 * many people; here every request has its own prepared form, so nothing is shared between calls.
 */
export function createMamoriPreparedEngine(ledger: Ledger, set: RequestSet): BenchEngine {
  const policy = compilePolicy(ledger, 1);
  const { requests, states, now } = set;
  const prepared = requests.map((request) => prepareRequest(policy, request));
  const subjects = requests.map((request) => request.subject);
  return {
    name: 'mamori decidePrepared',
    notes: [
      'full reasons and obligations; each request prepared (ledger ids looked up) before timing',
      'per call: the person (category, state looked up by id as in every row) and the rules',
    ],
    decide(index) {
      const subject = subjects[index] as DecisionRequest['subject'];
      const state = states.get(subject.id) ?? EMPTY_SUBJECT_STATE;
      return decidePrepared(prepared[index] as ReturnType<typeof prepareRequest>, subject, state, now).allowed;
    },
  };
}

/** Requests per `decideBatch` call: a batch a caller would send; results of one batch stay alive together. */
export const BATCH_SIZE = 1000;

/** The same engine through `decideBatch`, in batches of BATCH_SIZE: one call per batch, lookups reused. */
export function createMamoriBatchEngine(ledger: Ledger, set: RequestSet): BenchEngine {
  const policy = compilePolicy(ledger, 1);
  const { requests, states, now } = set;
  // The caller's arrays of requests are built once per index list, outside the timed calls.
  const batches = new WeakMap<readonly number[], DecisionRequest[][]>();
  const single = createMamoriEngine(ledger, set);
  return {
    name: 'mamori decideBatch',
    notes: [`full reasons and obligations; ${BATCH_SIZE} requests per call`],
    decide: single.decide,
    decideMany(indices) {
      let chunks = batches.get(indices);
      if (!chunks) {
        chunks = [];
        for (let from = 0; from < indices.length; from += BATCH_SIZE) {
          chunks.push(indices.slice(from, from + BATCH_SIZE).map((i) => requests[i] as DecisionRequest));
        }
        batches.set(indices, chunks);
      }
      const answers = new Array<boolean>(indices.length);
      let k = 0;
      for (const chunk of chunks) {
        for (const decision of decideBatch(policy, chunk, states as ReadonlyMap<string, SubjectState>, now)) {
          answers[k++] = decision.allowed;
        }
      }
      return answers;
    },
  };
}
