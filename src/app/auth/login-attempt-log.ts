import { randomUUID } from 'node:crypto';
import type { EvidenceLog } from '../evidence-log.ts';
import { userActor } from './auth-evidence.ts';
import type { LoginAttempt, LoginAttemptRepository } from './auth-ports.ts';

interface Pending {
  readonly attempt: LoginAttempt;
  readonly resolve: (attempt: LoginAttempt) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Records login attempts twice: in login_attempts (with the account name and address, for throttling and the
 * security log) and in the evidence log (ids and outcome only; the attempt id links the two). Attempts arriving
 * together are written together (group commit): under a burst of bad logins one insert and one evidence append
 * carry hundreds of them, so the database queue stays short for everyone else. `record` resolves once durable.
 */
export class LoginAttemptLog {
  readonly #attempts: LoginAttemptRepository;
  readonly #evidence: EvidenceLog;
  #queue: Pending[] = [];
  #flushing = false;

  constructor(attempts: LoginAttemptRepository, evidence: EvidenceLog) {
    this.#attempts = attempts;
    this.#evidence = evidence;
  }

  record(attempt: Omit<LoginAttempt, 'id'>): Promise<LoginAttempt> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ attempt: { ...attempt, id: randomUUID() }, resolve, reject });
      if (!this.#flushing) {
        this.#flushing = true;
        // Let the attempts of this turn of the event loop join the batch.
        setImmediate(() => void this.#flush());
      }
    });
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, 500);
      const attempts = batch.map((p) => p.attempt);
      try {
        await this.#attempts.recordMany(attempts);
        await this.#evidence.appendMany(
          attempts.map((a) => ({
            type: 'auth' as const,
            actor: a.userId === undefined ? 'anonymous' : userActor(a.userId),
            at: a.at,
            payload: { action: 'login', step: a.step, outcome: a.outcome, attempt: a.id },
          })),
        );
        for (const p of batch) p.resolve(p.attempt);
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.#flushing = false;
  }
}
