import { type FormEvent, useState } from 'react';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { Field } from '../forms/Field.tsx';
import { InputField, SelectField, SubmitRow, TextAreaField } from '../forms/inputs.tsx';
import { type FormFieldRef, messageAt, splitIssues } from '../forms/issues.ts';
import { useSubmit } from '../forms/use-submit.ts';
import { useLedger } from '../ledger/ledger-context.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { EMPTY_HOLD, type HoldDraft, holdBody, IDENTITY_KINDS, type IdentityKind } from './hold-form.ts';
import { useRetentionNames } from './names.ts';
import type { Hold } from './types.ts';

/** The one text field of each identity kind but name and birth date. */
const IDENTITY_VALUE = {
  email: ['email', 'retention.hold.email'],
  'staff-number': ['staffNumber', 'retention.hold.staffNumber'],
  'my-number': ['myNumber', 'retention.hold.myNumber'],
} as const satisfies Record<Exclude<IdentityKind, 'name-birth'>, readonly [keyof HoldDraft, MessageKey]>;

/** Placing a legal hold on a person, an operator or a system, with its reason and owner. */
export function HoldForm({ onPlaced }: { readonly onPlaced: (hold: Hold) => void }) {
  const { t } = useI18n();
  const { ledger } = useLedger();
  const names = useRetentionNames();
  const submit = useSubmit();
  const [draft, setDraft] = useState<HoldDraft>(EMPTY_HOLD);
  const set =
    <K extends keyof HoldDraft>(key: K) =>
    (value: HoldDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const fields: FormFieldRef[] = [
    { path: 'scope.kind', id: 'hold-kind', label: t('retention.hold.kind') },
    { path: 'scope.subject', id: 'hold-subject', label: t('retention.hold.subject') },
    { path: 'scope.operator', id: 'hold-operator', label: t('retention.hold.operator') },
    { path: 'scope.system', id: 'hold-system', label: t('retention.hold.system') },
    { path: 'identity', id: 'hold-identity', label: t('retention.hold.identity') },
    { path: 'reason', id: 'hold-reason', label: t('retention.hold.reason') },
    { path: 'owner', id: 'hold-owner', label: t('retention.hold.owner') },
  ];
  const split = splitIssues(submit.error, fields);
  const at = (path: string) => messageAt(split, path);
  const place = async (event: FormEvent) => {
    event.preventDefault();
    const hold = await submit.run<Hold>('POST', '/api/v1/retention/holds', holdBody(draft));
    if (hold) {
      setDraft(EMPTY_HOLD);
      onPlaced(hold);
    }
  };
  const identityField = draft.identityKind === 'name-birth' ? undefined : IDENTITY_VALUE[draft.identityKind];
  return (
    <form onSubmit={place} aria-labelledby="hold-form-title" className="card rt-form" noValidate>
      <h2 id="hold-form-title">{t('retention.hold.new')}</h2>
      <ErrorSummary error={submit.error} fields={fields} />
      <Field id="hold-kind" label={t('retention.hold.kind')} message={at('scope.kind')}>
        {(aria) => (
          <select {...aria} value={draft.kind} onChange={(e) => set('kind')(e.target.value as HoldDraft['kind'])}>
            {(['person', 'operator', 'system'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`retention.scope.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.kind === 'system' ? (
        <SelectField
          id="hold-system"
          label={t('retention.hold.system')}
          message={at('scope.system')}
          value={draft.system}
          onChange={set('system')}
          empty={t('retention.choose')}
          options={ledger.systems.map((s) => [s.id, names.system(s.id)] as const)}
        />
      ) : (
        <SelectField
          id="hold-operator"
          label={t(draft.kind === 'person' ? 'retention.hold.operatorOptional' : 'retention.hold.operator')}
          message={at('scope.operator')}
          value={draft.operator}
          onChange={set('operator')}
          empty={t(draft.kind === 'person' ? 'retention.hold.anyOperator' : 'retention.choose')}
          options={ledger.operators.map((o) => [o.id, names.operator(o.id)] as const)}
        />
      )}
      {draft.kind === 'person' ? (
        <>
          <InputField
            id="hold-subject"
            label={t('retention.hold.subject')}
            hint={t('retention.hold.subjectHint')}
            message={at('scope.subject')}
            maxLength={200}
            value={draft.subject}
            onChange={set('subject')}
          />
          <fieldset className="rt-identity" id="hold-identity" tabIndex={-1}>
            <legend>{t('retention.hold.identity')}</legend>
            <p className="hint">{t('retention.hold.identityHint')}</p>
            {at('identity') ? <p className="field-error">{at('identity')}</p> : null}
            <Field id="hold-identity-kind" label={t('retention.hold.identityKind')} message={undefined}>
              {(aria) => (
                <select
                  {...aria}
                  value={draft.identityKind}
                  onChange={(e) => set('identityKind')(e.target.value as HoldDraft['identityKind'])}
                >
                  {IDENTITY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`retention.identity.${k}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {identityField === undefined ? (
              <>
                <InputField
                  id="hold-name"
                  label={t('retention.hold.name')}
                  message={undefined}
                  value={draft.name}
                  onChange={set('name')}
                />
                <InputField
                  id="hold-birth"
                  label={t('retention.hold.birthDate')}
                  message={undefined}
                  type="date"
                  value={draft.birthDate}
                  onChange={set('birthDate')}
                />
              </>
            ) : (
              <Field id="hold-identity-value" label={t(identityField[1])} message={undefined}>
                {(aria) => (
                  <input
                    {...aria}
                    autoComplete="off"
                    value={draft[identityField[0]]}
                    onChange={(e) => set(identityField[0])(e.target.value)}
                  />
                )}
              </Field>
            )}
          </fieldset>
        </>
      ) : null}
      <TextAreaField
        id="hold-reason"
        label={t('retention.hold.reason')}
        message={at('reason')}
        rows={2}
        maxLength={1000}
        value={draft.reason}
        onChange={set('reason')}
      />
      <InputField
        id="hold-owner"
        label={t('retention.hold.owner')}
        hint={t('retention.hold.ownerHint')}
        message={at('owner')}
        maxLength={200}
        value={draft.owner}
        onChange={set('owner')}
      />
      <SubmitRow busy={submit.busy} label={t('retention.hold.place')} paragraph />
    </form>
  );
}
