import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n.tsx';
import { useApi } from '../../../shared/use-api.ts';
import { hasRole, useSession } from '../../session.tsx';
import { ListFilters, useListFilter } from '../ListFilters.tsx';
import { LoadError } from '../LoadError.tsx';
import type { Course, Items } from '../types.ts';
import { useOperators } from '../use-operators.ts';
import { CourseForm } from './CourseForm.tsx';

/** The year's training courses (PM-2), and a new course for editors. */
export function TrainingList() {
  const { t, date } = useI18n();
  const { me } = useSession();
  const filter = useListFilter();
  const operators = useOperators();
  const courses = useApi<Items<Course>>(`/api/v1/training/courses?year=${filter.year}`);
  const shown = (courses.data?.items ?? []).filter(
    (c) => filter.operator === undefined || c.operator === filter.operator,
  );
  const operatorName = (id: string) => operators.find((o) => o.id === id)?.name ?? id;
  return (
    <>
      <h2>{t('mgmt.training.title', { year: filter.year })}</h2>
      <p className="hint">{t('mgmt.training.intro')}</p>
      <ListFilters filter={filter} operators={operators} label={t('mgmt.training.filters')} />
      <LoadError error={courses.error} />
      {courses.loading && courses.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="card">{t('mgmt.training.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="mgmt-table" data-testid="course-list">
            <caption className="visually-hidden">{t('mgmt.training.caption', { year: filter.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mgmt.training.col.title')}</th>
                <th scope="col">{t('mgmt.col.operator')}</th>
                <th scope="col">{t('mgmt.training.col.due')}</th>
                <th scope="col">{t('mgmt.training.col.passScore')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/management/training/${c.id}`}>{c.title}</Link>
                  </th>
                  <td>{operatorName(c.operator)}</td>
                  <td>{date(c.dueOn)}</td>
                  <td>{c.passScore}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasRole(me, 'administrator', 'privacy-staff') ? (
        <CourseForm year={filter.year} operators={operators} defaultOperator={filter.operator} />
      ) : null}
    </>
  );
}
