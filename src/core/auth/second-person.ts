import { AppError } from '../app-error.ts';

/**
 * Separation of duties: whoever approves a piece of work (a ledger change, a request's response) must be someone
 * other than whoever prepared it. Throws CONFLICT naming the rule; ids are compared exactly.
 */
export function requireSecondPerson(proposer: string, approver: string, what = 'this change'): void {
  if (proposer.trim() === '' || approver.trim() === '') {
    throw new AppError('VALIDATION', 'proposer and approver must both be named');
  }
  if (proposer === approver) {
    throw new AppError(
      'CONFLICT',
      `${what} was prepared by ${approver}: a second person must approve it (nobody approves their own work)`,
      { details: { rule: 'second-person', proposer, approver } },
    );
  }
}
