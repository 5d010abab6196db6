import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { BreachRules } from '../../../../src/core/incidents/breach-rules.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Check } from '../forms/Check.tsx';
import { ErrorAlert } from '../forms/ErrorAlert.tsx';
import { Field } from '../forms/Field.tsx';
import type { FieldMap } from '../forms/IssueSummary.tsx';
import { SubmitRow } from '../forms/inputs.tsx';
import { useSubmit } from '../forms/use-submit.ts';
import { useUserNames } from '../ledger/ledger-context.tsx';
import { hasRole, useSession } from '../session.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { useOperators } from './use-operators.ts';

interface RulesAnswer {
  readonly operator: string;
  readonly source: 'operator' | 'default';
  readonly rules: BreachRules;
  readonly updatedBy?: string;
  readonly updatedAt?: string;
  readonly reclassified?: number;
}

const NUMBERS = [
  'preliminaryDays',
  'confirmedDays',
  'confirmedDaysWrongfulPurpose',
  'peopleThreshold',
  'myNumberPeopleThreshold',
] as const satisfies readonly (keyof BreachRules)[];
type NumberField = (typeof NUMBERS)[number];

/**
 * An operator's breach thresholds and report periods (BR-4, BR-6, BR-7, MN-5, BR-13), or the group defaults; a
 * change classifies the operator's open incidents again, so their clocks follow.
 */
export function BreachRulesPage() {
  const { t, dateTime } = useI18n();
  const { me } = useSession();
  const userName = useUserNames();
  const operators = useOperators();
  const [params, setParams] = useSearchParams();
  const operator = params.get('operator') ?? operators[0]?.id ?? '';
  const current = useApi<RulesAnswer>(operator ? `/api/v1/breach-rules/${encodeURIComponent(operator)}` : undefined);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(() => blank());
  const [relief, setRelief] = useState(false);
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const action = useSubmit();
  const canEdit = hasRole(me, 'administrator', 'privacy-staff');
  useEffect(() => {
    const rules = current.data?.rules;
    if (rules === undefined) return;
    setNumbers(Object.fromEntries(NUMBERS.map((key) => [key, String(rules[key])])) as Record<NumberField, string>);
    setRelief(rules.lowRiskNotificationRelief);
  }, [current.data]);
  const label = (key: string) => t(`incidents.rules.${key}` as MessageKey);
  const fields: FieldMap = Object.fromEntries(NUMBERS.map((key) => [key, { id: `rules-${key}`, label: label(key) }]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const body = {
      ...Object.fromEntries(NUMBERS.map((key) => [key, numbers[key].trim() === '' ? null : Number(numbers[key])])),
      lowRiskNotificationRelief: relief,
    };
    const answer = await action.run<RulesAnswer>('PUT', `/api/v1/breach-rules/${encodeURIComponent(operator)}`, body);
    if (answer) {
      setSaved(answer.reclassified ?? 0);
      current.reload();
    }
  };
  return (
    <>
      <p>
        <Link to="/incidents">{t('incidents.back')}</Link>
      </p>
      <h1>{t('incidents.rules.title')}</h1>
      <p className="hint">{t('incidents.rules.intro')}</p>
      {operators.length > 1 ? (
        <div className="field">
          <label htmlFor="rules-operator">{t('incidents.field.operator')}</label>
          <select
            id="rules-operator"
            value={operator}
            onChange={(e) => {
              setSaved(undefined);
              action.clear();
              setParams({ operator: e.target.value });
            }}
          >
            {operators.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {current.error !== undefined ? (
        <ErrorAlert error={current.error} />
      ) : current.data === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="card" aria-label={t('incidents.rules.title')}>
          <p data-testid="rules-source">
            {current.data.source === 'default'
              ? t('incidents.rules.default')
              : t('incidents.rules.own', {
                  by: userName(current.data.updatedBy),
                  at: dateTime(current.data.updatedAt),
                })}
          </p>
          <ErrorSummary error={action.error} fields={fields} />
          <div className="rq-inline">
            {NUMBERS.map((key) => (
              <Field key={key} id={`rules-${key}`} label={label(key)} field={key} error={action.error}>
                {(aria) => (
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    value={numbers[key]}
                    readOnly={!canEdit}
                    onChange={(e) => setNumbers((n) => ({ ...n, [key]: e.target.value }))}
                    {...aria}
                  />
                )}
              </Field>
            ))}
          </div>
          <Check
            id="rules-relief"
            label={label('lowRiskNotificationRelief')}
            checked={relief}
            onChange={setRelief}
            disabled={!canEdit}
          />
          {canEdit ? <SubmitRow busy={action.busy} label={t('incidents.rules.save')} /> : null}
          {saved !== undefined ? (
            <p className="notice-ok" role="status">
              {t('incidents.rules.saved', { count: saved })}
            </p>
          ) : null}
        </form>
      )}
    </>
  );
}

function blank(): Record<NumberField, string> {
  return Object.fromEntries(NUMBERS.map((key) => [key, ''])) as Record<NumberField, string>;
}
