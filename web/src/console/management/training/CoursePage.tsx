import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { ScrollTable } from '../../people/ScrollTable.tsx';
import { hasRole, useSession } from '../../session.tsx';
import { LoadError } from '../LoadError.tsx';
import { countStates } from '../training-summary.ts';
import type { CourseStatus } from '../types.ts';
import { useOperators } from '../use-operators.ts';
import { AssignForm } from './AssignForm.tsx';
import { ChaseAbsentees } from './ChaseAbsentees.tsx';
import { CompletionForm } from './CompletionForm.tsx';
import { ImportCompletions } from './ImportCompletions.tsx';

const TONE = { passed: 'ok', failed: 'warn', pending: '', absent: 'danger' } as const;

/**
 * One course: who is assigned and where each stands (with their reminders), the absentees to chase by e-mail, and the
 * ways to record completion.
 */
export function CoursePage() {
  const { id = '' } = useParams();
  const { t, date, number } = useI18n();
  const { me } = useSession();
  const operators = useOperators();
  const status = useApi<CourseStatus>(`/api/v1/training/courses/${encodeURIComponent(id)}/status`);
  const editor = hasRole(me, 'administrator', 'privacy-staff');
  if (status.data === undefined) {
    return status.error !== undefined ? <LoadError error={status.error} /> : <p>{t('common.loading')}</p>;
  }
  const { course, staff, absentees } = status.data;
  const counts = countStates(staff);
  return (
    <>
      <p>
        <Link to={`/management/training?year=${course.year}`}>{t('mgmt.training.back', { year: course.year })}</Link>
      </p>
      <h2>{course.title}</h2>
      <dl className="mgmt-facts">
        <dt>{t('mgmt.col.operator')}</dt>
        <dd>{operators.find((o) => o.id === course.operator)?.name ?? course.operator}</dd>
        <dt>{t('mgmt.training.col.due')}</dt>
        <dd>{date(course.dueOn)}</dd>
        <dt>{t('mgmt.training.col.passScore')}</dt>
        <dd>{course.passScore}</dd>
      </dl>
      <ul className="mgmt-counts" aria-label={t('mgmt.training.counts')} data-testid="training-counts">
        {(['assigned', 'passed', 'failed', 'pending', 'absent'] as const).map((key) => (
          <li
            key={key}
            className={key === 'absent' && counts.absent > 0 ? 'mgmt-count-alert' : undefined}
            data-testid={`count-${key}`}
          >
            <span className="stat">{number(counts[key])}</span> {t(`mgmt.training.state.${key}` as MessageKey)}
          </li>
        ))}
      </ul>
      <ChaseAbsentees course={course} staff={staff} absentees={absentees} editor={editor} onDone={status.reload} />
      <h3>{t('mgmt.training.staff')}</h3>
      {staff.length === 0 ? (
        <p>{t('mgmt.training.noStaff')}</p>
      ) : (
        <ScrollTable label={t('mgmt.training.staff')}>
          <table className="mgmt-table" data-testid="staff-status">
            <thead>
              <tr>
                <th scope="col">{t('mgmt.training.col.staff')}</th>
                <th scope="col">{t('mgmt.training.col.state')}</th>
                <th scope="col">{t('mgmt.training.col.score')}</th>
                <th scope="col">{t('mgmt.training.col.email')}</th>
                <th scope="col">{t('mgmt.training.col.reminders')}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.staffId} className={s.state === 'absent' ? 'mgmt-absent' : undefined}>
                  <th scope="row">{s.staffId}</th>
                  <td>
                    <span className={`badge ${TONE[s.state]}`}>
                      {t(`mgmt.training.state.${s.state}` as MessageKey)}
                    </span>
                  </td>
                  <td>{s.score ?? '—'}</td>
                  <td>{s.hasEmail ? t('mgmt.training.email.onFile') : '—'}</td>
                  <td data-testid="reminders">
                    {s.reminders === 0
                      ? '—'
                      : t('mgmt.training.reminders', { count: s.reminders, date: date(s.lastRemindedOn) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {editor ? (
        <div className="mgmt-forms">
          <AssignForm courseId={course.id} onDone={status.reload} />
          <CompletionForm courseId={course.id} staff={staff} onDone={status.reload} />
          <ImportCompletions courseId={course.id} onDone={status.reload} />
        </div>
      ) : null}
    </>
  );
}
