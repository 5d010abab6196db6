import { useState } from 'react';
import { useI18n } from '../../../shared/i18n.tsx';
import { saveFile } from '../../evidence/csv-download.ts';
import { Check } from '../../forms/Check.tsx';
import { useSubmit } from '../../forms/use-submit.ts';
import { ProblemSummary } from '../ProblemSummary.tsx';
import { absenteesCsv } from '../training-summary.ts';
import type { Course, CourseStaff, ReminderOutcome } from '../types.ts';

/**
 * The absentees to chase: their ids, a CSV of them, and (for editors) a reminder mailed to each one with an address
 * on file, optionally also to those not yet done before the due date. The answer says who got one, who had been
 * reminded already today, who has no address and whose mail the server refused.
 */
export function ChaseAbsentees(props: {
  readonly course: Course;
  readonly staff: readonly CourseStaff[];
  readonly absentees: readonly string[];
  readonly editor: boolean;
  readonly onDone: () => void;
}) {
  const { course, absentees, editor } = props;
  const { t } = useI18n();
  const submit = useSubmit();
  const [includePending, setIncludePending] = useState(false);
  const [outcome, setOutcome] = useState<ReminderOutcome | undefined>(undefined);
  const pending = props.staff.filter((s) => s.state === 'pending').length;
  if (absentees.length === 0 && !(editor && pending > 0)) return null;
  const chase = async () => {
    setOutcome(undefined);
    const answer = await submit.run<ReminderOutcome>(
      'POST',
      `/api/v1/training/courses/${encodeURIComponent(course.id)}/reminders`,
      includePending ? { include: 'pending' } : {},
    );
    if (answer) {
      setOutcome(answer);
      props.onDone();
    }
  };
  const list = (key: 'already' | 'withoutEmail' | 'failed', ids: readonly string[]) =>
    ids.length === 0 ? null : (
      <p data-testid={`chase-${key}`}>
        {t(`mgmt.training.chase.${key}`, { count: ids.length })} <span className="mgmt-id-list">{ids.join(', ')}</span>
      </p>
    );
  return (
    <section className="card mgmt-absentees" aria-labelledby="absentees-title">
      <h3 id="absentees-title">
        {absentees.length > 0
          ? t('mgmt.training.absentees', { count: absentees.length })
          : t('mgmt.training.chase.pendingTitle', { count: pending })}
      </h3>
      <p>{t('mgmt.training.chaseHint')}</p>
      {absentees.length > 0 ? <p className="mgmt-id-list">{absentees.join(', ')}</p> : null}
      {editor ? (
        <div className="mgmt-chase">
          <ProblemSummary error={submit.error} fields={{}} />
          {pending > 0 ? (
            <Check
              id="chase-pending"
              label={t('mgmt.training.chase.includePending', { count: pending })}
              checked={includePending}
              onChange={setIncludePending}
            />
          ) : null}
          <button
            type="button"
            disabled={submit.busy || (absentees.length === 0 && !includePending)}
            onClick={() => void chase()}
          >
            {t('mgmt.training.chase.submit')}
          </button>
          {outcome !== undefined ? (
            <div className="notice-ok" role="status" data-testid="chase-result">
              <p>{t('mgmt.training.chase.sent', { count: outcome.sent })}</p>
              {list('already', outcome.alreadyReminded)}
              {list('withoutEmail', outcome.withoutEmail)}
              {list('failed', outcome.failed)}
            </div>
          ) : null}
        </div>
      ) : null}
      {absentees.length > 0 ? (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            saveFile(
              new Blob([absenteesCsv(absentees)], { type: 'text/csv;charset=utf-8' }),
              `absentees-${course.id}.csv`,
            )
          }
        >
          {t('mgmt.training.downloadAbsentees')}
        </button>
      ) : null}
    </section>
  );
}
