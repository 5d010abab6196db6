// The management-system records as the API sends them: the core's own types, imported type-only so the screens
// and the server cannot drift (nothing of src/ is bundled; the import is erased).
import type { CorrectiveAction, Finding, InternalAudit } from '../../../../src/core/management/internal-audit.ts';
import type {
  LedgerReviewStatus,
  ReviewableSection,
  SectionReview,
} from '../../../../src/core/management/ledger-review.ts';
import type {
  ManagementReviewInput,
  ReviewDecision,
  ReviewInputs,
} from '../../../../src/core/management/management-review.ts';
import type { Course, TrainingStatus } from '../../../../src/core/management/training.ts';
import type { CourseStaff, ReminderOutcome } from '../../../../src/core/management/training-reminder.ts';

export type {
  CorrectiveAction,
  Course,
  CourseStaff,
  Finding,
  InternalAudit,
  LedgerReviewStatus,
  ReminderOutcome,
  ReviewableSection,
  ReviewInputs,
  SectionReview,
  TrainingStatus,
};

/** `GET /api/v1/training/courses/{id}/status`. */
export interface CourseStatus {
  readonly course: Course;
  readonly staff: readonly CourseStaff[];
  readonly absentees: readonly string[];
}

/** A management review as stored (src/app/management/management-review.ts): its inputs kept as they stood. */
export interface ManagementReview extends ManagementReviewInput {
  readonly id: string;
  readonly inputs: ReviewInputs;
  readonly decisions: readonly (ReviewDecision & { readonly recordedBy: string; readonly recordedOn: string })[];
  readonly closedOn?: string;
  readonly closedBy?: string;
  readonly recordedBy: string;
}

export type DecisionCategory = ReviewDecision['category'];
export type Severity = Finding['severity'];

export interface Items<T> {
  readonly items: readonly T[];
}
