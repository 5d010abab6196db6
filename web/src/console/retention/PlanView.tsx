import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { ScrollTable } from '../people/ScrollTable.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { HoldRowsList } from './HoldRowsList.tsx';
import { LoadError } from './LoadError.tsx';
import { useRetentionNames } from './names.ts';
import { summarisePlan, targetsByRule } from './retention-view.ts';
import type { DisposalAction, DisposalPlan, JobView, PlannedSystem } from './types.ts';
import { useCanEdit } from './use-can-edit.ts';

const ACTIONS: readonly DisposalAction[] = ['delete', 'anonymise', 'erase-my-number', 'contractor'];

/** What a disposal run would dispose today, per system and rule, what legal holds keep, and the start of a run. */
export function PlanView() {
  const { t, date, number } = useI18n();
  const plan = useApi<DisposalPlan>('/api/v1/retention/plan');
  const canEdit = useCanEdit();
  if (plan.data === undefined) return <LoadError loaded={plan} />;
  const summary = summarisePlan(plan.data);
  return (
    <>
      <p className="hint">
        {t('retention.plan.asOf', { date: date(plan.data.asOf), version: plan.data.ledgerVersion })}
      </p>
      <div className="rt-totals" data-testid="plan-totals">
        <p>
          <span className="stat">{number(summary.due)}</span> {t('retention.plan.due')}
        </p>
        <p>
          <span className="stat">{number(summary.held)}</span> {t('retention.plan.held')}
        </p>
        {summary.contractor > 0 ? (
          <p>
            <span className="stat">{number(summary.contractor)}</span> {t('retention.plan.contractorRows')}
          </p>
        ) : null}
      </div>
      {canEdit ? <StartRun plan={plan.data} runnable={summary.runnable} onStarted={plan.reload} /> : null}
      <details className="rt-meanings">
        <summary>{t('retention.plan.meanings')}</summary>
        <dl className="rq-facts">
          {ACTIONS.map((a) => (
            <div key={a}>
              <dt>{t(`retention.action.${a}` as MessageKey)}</dt>
              <dd>{t(`retention.meaning.${a}` as MessageKey)}</dd>
            </div>
          ))}
        </dl>
      </details>
      {plan.data.systems.map((s) => (
        <SystemPlan key={s.system} system={s} />
      ))}
      <PlanHolds plan={plan.data} />
      {plan.data.unconnected.length > 0 ? <Unconnected ids={plan.data.unconnected} /> : null}
    </>
  );
}

function SystemPlan({ system }: { readonly system: PlannedSystem }) {
  const { t, number } = useI18n();
  const names = useRetentionNames();
  const headingId = `plan-${system.system}`;
  return (
    <section className="card rt-system" aria-labelledby={headingId} data-testid={`plan-system-${system.system}`}>
      <h2 id={headingId}>{names.system(system.system)}</h2>
      {system.heldBy.length > 0 ? (
        <p className="rt-held-banner" data-testid="system-held">
          <span className="badge warn">{t('retention.held')}</span>{' '}
          {t('retention.plan.systemHeld', { holds: system.heldBy.join(', ') })}
        </p>
      ) : null}
      <ScrollTable label={t('retention.plan.caption', { system: names.system(system.system) })}>
        <table className="rq-table rt-table">
          <caption className="rq-sr-only">
            {t('retention.plan.caption', { system: names.system(system.system) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('retention.col.rule')}</th>
              <th scope="col">{t('retention.col.table')}</th>
              <th scope="col">{t('retention.col.action')}</th>
              <th scope="col" className="num">
                {t('retention.col.due')}
              </th>
              <th scope="col" className="num">
                {t('retention.col.held')}
              </th>
            </tr>
          </thead>
          {targetsByRule(system).map((group) => (
            <tbody key={group.rule}>
              {group.targets.map((target, i) => (
                <tr key={target.target} data-testid={`plan-target-${target.target}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={group.targets.length}>
                      {names.rule(group.rule)}
                      <div className="hint">
                        <code>{group.rule}</code>
                      </div>
                    </th>
                  ) : null}
                  <td>
                    <code>{target.table}</code>
                  </td>
                  <td>
                    <span className={`badge rt-action rt-action-${target.action}`}>
                      {t(`retention.action.${target.action}` as MessageKey)}
                    </span>
                    <div className="hint">{target.items.map(names.item).join('、')}</div>
                  </td>
                  <td className="num">{number(target.due)}</td>
                  <td className="num">
                    {target.held > 0 ? (
                      <span className="badge warn" data-testid="held-rows">
                        {t('retention.heldRows', { rows: number(target.held) })}
                      </span>
                    ) : (
                      number(0)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollTable>
      {system.notes.length > 0 ? (
        <details>
          <summary>{t('retention.plan.notes', { count: system.notes.length })}</summary>
          <ul className="rt-notes">
            {system.notes.map((n) => (
              <li key={`${n.code}-${n.table ?? ''}-${n.rule ?? ''}`} lang="en">
                {n.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function PlanHolds({ plan }: { readonly plan: DisposalPlan }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="plan-holds-title" data-testid="plan-holds">
      <h2 id="plan-holds-title">{t('retention.plan.holds')}</h2>
      {plan.holds.length === 0 ? <p>{t('retention.holds.none')}</p> : <HoldRowsList holds={plan.holds} />}
    </section>
  );
}

function Unconnected({ ids }: { readonly ids: readonly string[] }) {
  const { t } = useI18n();
  const names = useRetentionNames();
  return (
    <section className="card" aria-labelledby="plan-unconnected-title">
      <h2 id="plan-unconnected-title">{t('retention.plan.unconnected')}</h2>
      <p className="hint">{t('retention.plan.unconnectedHint')}</p>
      <p>{ids.map(names.system).join('、')}</p>
    </section>
  );
}

/** The start of a run: a confirmation naming what will be disposed, then the run's page. */
function StartRun(props: { readonly plan: DisposalPlan; readonly runnable: boolean; readonly onStarted: () => void }) {
  const { t, number } = useI18n();
  const navigate = useNavigate();
  const submit = useSubmit();
  const [confirming, setConfirming] = useState(false);
  const start = async () => {
    const job = await submit.run<JobView>('POST', '/api/v1/retention/runs', {
      systems: props.plan.systems.map((s) => s.system),
    });
    if (job) {
      props.onStarted();
      navigate(`/retention/runs/${job.id}`);
    }
  };
  if (!confirming) {
    return (
      <p className="actions">
        <button type="button" onClick={() => setConfirming(true)} disabled={!props.runnable}>
          {t('retention.run.start')}
        </button>
        {props.runnable ? null : <span className="hint">{t('retention.run.nothing')}</span>}
      </p>
    );
  }
  return (
    <section className="card rt-confirm" aria-labelledby="run-confirm-title" data-testid="run-confirm">
      <h2 id="run-confirm-title">{t('retention.run.confirmTitle')}</h2>
      <p>
        {t('retention.run.confirmText', {
          rows: number(props.plan.totals.due),
          held: number(props.plan.totals.held),
        })}
      </p>
      <p className="hint">{t('retention.run.confirmHint')}</p>
      <ErrorSummary error={submit.error} fields={[]} />
      <p className="actions">
        <button type="button" className="danger" onClick={() => void start()} disabled={submit.busy}>
          {t('retention.run.confirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={submit.busy}>
          {t('retention.run.back')}
        </button>
      </p>
    </section>
  );
}
