import { type FormEvent, useState } from 'react';
import { ApiError, type ApiIssue, api } from '../../shared/api.ts';
import { type MessageKey, useI18n } from '../../shared/i18n.tsx';
import { DocumentsField } from './DocumentsField.tsx';
import { type Draft, EMPTY_DRAFT, fileProblem, GROUND_TYPES, GROUNDS, requestBody, type Upload } from './draft.ts';
import { FeeInfo } from './FeeInfo.tsx';
import { Field, FieldIssues, GroupError, issueText, pathOf } from './fields.tsx';
import {
  AGENT_KINDS,
  DISCLOSURE_TYPES,
  type OperatorProcedure,
  type PublicStatus,
  type RequestType,
} from './procedures.ts';

/** The API paths each field of the draft answers for. */
const PATHS: Record<keyof Draft, readonly string[]> = {
  operator: ['operator'],
  type: ['type'],
  requesterKind: ['requester.kind', 'requester.agentKind'],
  agentKind: ['requester.agentKind'],
  identityKind: ['requester.identity'],
  identityEmail: ['requester.identity.email'],
  staffNumber: ['requester.identity.staffNumber'],
  name: ['requester.identity.name'],
  birthDate: ['requester.identity.birthDate'],
  contactEmail: ['requester.contact.email'],
  postalAddress: ['requester.contact.postalAddress'],
  replyMethod: ['replyMethod'],
  ground: ['details.ground'],
  note: ['details.note'],
};

interface Props {
  readonly operators: readonly OperatorProcedure[];
  readonly onSubmitted: (status: PublicStatus) => void;
}

/** The request form: every choice comes from the chosen operator's published procedure. */
export function RequestForm({ operators, onSubmitted }: Props) {
  const { t, locale, yen } = useI18n();
  // One operator: nothing to choose.
  const [draft, setDraft] = useState<Draft>({
    ...EMPTY_DRAFT,
    operator: operators.length === 1 ? (operators[0]?.id ?? '') : '',
  });
  const [uploads, setUploads] = useState<readonly Upload[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      // An edited field's message no longer applies; the next submit checks it again.
      setDismissed((paths) => new Set([...paths, ...PATHS[key]]));
    };
  const changeUploads = (next: readonly Upload[]) => {
    setUploads(next);
    setDismissed((paths) => new Set([...paths, 'documents']));
  };
  const chosen = operators.find((o) => o.id === draft.operator);
  const procedure = chosen?.procedure;
  const agentKinds = AGENT_KINDS.filter((k) => procedure?.identity.agents[k] !== undefined);
  const type = procedure?.types.includes(draft.type as RequestType) ? (draft.type as RequestType) : undefined;
  const disclosure = type !== undefined && DISCLOSURE_TYPES.includes(type);

  const issues = new FieldIssues(error, dismissed);
  const operatorIssue = issues.at('operator');
  const typeIssue = issues.at('type');
  const agentIssue = issues.at('requester.agentKind');
  const identityIssue = {
    email: issues.at('requester.identity.email'),
    staffNumber: issues.at('requester.identity.staffNumber'),
    name: issues.at('requester.identity.name'),
    birthDate: issues.at('requester.identity.birthDate'),
  };
  const identityKindIssue = issues.at('requester.identity');
  const contactEmailIssue = issues.at('requester.contact.email');
  const postalIssue = issues.at('requester.contact.postalAddress');
  const replyIssue = issues.at('replyMethod');
  const groundIssue = issues.at('details.ground');
  const noteIssue = issues.at('details.note', 'details');
  const documentIssue = (index: number) => issues.at(`documents.${index}`);
  // Claim the document issues now, so the summary lists only what no field shows.
  uploads.forEach((_, i) => documentIssue(i));
  const rest = issues.unclaimed();
  // The summary links each message to its field, so keyboard and screen-reader users go straight there.
  const linked: readonly [string, string, ApiIssue | undefined][] = [
    ['operator', t('privacyRequest.operator'), operatorIssue],
    [`type-${procedure?.types[0] ?? ''}`, t('privacyRequest.type'), typeIssue],
    [draft.requesterKind === 'agent' ? 'agent-kind' : 'requester-agent', t('privacyRequest.agentKind'), agentIssue],
    ['identity-kind', t('privacyRequest.identity.kind'), identityKindIssue],
    ['identity-email', t('privacyRequest.identity.email'), identityIssue.email],
    ['staff-number', t('privacyRequest.identity.staffNumber'), identityIssue.staffNumber],
    ['person-name', t('privacyRequest.identity.name'), identityIssue.name],
    ['birth-date', t('privacyRequest.identity.birthDate'), identityIssue.birthDate],
    [`reply-${procedure?.replyMethods[0] ?? ''}`, t('privacyRequest.reply.title'), replyIssue],
    ['contact-email', t('privacyRequest.contact.email'), contactEmailIssue],
    ['postal-address', t('privacyRequest.contact.postalAddress'), postalIssue],
    ['identity-documents', t('privacyRequest.documents.title'), uploads.map((_, i) => documentIssue(i)).find(Boolean)],
    ['ground', t('privacyRequest.ground'), groundIssue],
    ['note', t('privacyRequest.note'), noteIssue],
  ];
  const fieldErrors = linked.filter(([, , issue]) => issue !== undefined);
  const localProblems = uploads.some((u) => fileProblem(u.file) !== undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (localProblems) return;
    setBusy(true);
    setError(undefined);
    setDismissed(new Set());
    try {
      onSubmitted(await api<PublicStatus>('POST', '/privacy/requests', { body: await requestBody(draft, uploads) }));
    } catch (caught) {
      setError(caught);
      requestAnimationFrame(() => document.getElementById('form-errors')?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="request-title" className="pc-form">
      <h1 id="request-title">{t('privacyRequest.title')}</h1>
      <p>{t('privacyRequest.intro')}</p>
      {error !== undefined && (!(error instanceof ApiError) || error.issues.length === 0 || issues.count > 0) ? (
        <div className="pc-error-summary" id="form-errors" tabIndex={-1} role="alert">
          <p className="error">
            {error instanceof ApiError && error.status === 429
              ? t('privacyRequest.error.rateLimited')
              : error instanceof ApiError && error.issues.length > 0
                ? t('privacyRequest.error.fields')
                : t('privacyRequest.error.failed')}
          </p>
          {fieldErrors.length + rest.length > 0 ? (
            <ul>
              {fieldErrors.map(([id, label, issue]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>: {issue ? issueText(issue, t) : ''}
                </li>
              ))}
              {rest.map((issue) => (
                <li key={`${pathOf(issue)}-${issue.message}`}>{issueText(issue, t)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <Field
        id="operator"
        label={t('privacyRequest.operator')}
        hint={t('privacyRequest.operatorHint')}
        issue={operatorIssue}
      >
        {(aria) => (
          <select {...aria} value={draft.operator} onChange={(e) => set('operator')(e.currentTarget.value)}>
            <option value="">{t('privacyRequest.choose')}</option>
            {operators.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>

      {procedure === undefined ? (
        <p className="hint">{t('privacyRequest.chooseOperatorFirst')}</p>
      ) : (
        <>
          {procedure.intake.instructions.length > 0 ? (
            <div className="pc-note">
              {procedure.intake.instructions.map((i) => (
                <p key={i.en}>{i[locale]}</p>
              ))}
            </div>
          ) : null}

          <fieldset className="pc-choices" aria-describedby={typeIssue ? 'type-error' : undefined}>
            <legend>{t('privacyRequest.type')}</legend>
            {procedure.types.map((value) => (
              <div className="pc-choice" key={value}>
                <input
                  type="radio"
                  name="type"
                  id={`type-${value}`}
                  value={value}
                  checked={draft.type === value}
                  onChange={() => set('type')(value)}
                  aria-describedby={`type-${value}-hint`}
                />
                <label htmlFor={`type-${value}`}>
                  {t(`privacyRequest.type.${value}` as MessageKey)}
                  <span className="pc-choice-fee">
                    {(procedure.fees[value] ?? 0) > 0
                      ? `${t('privacyRequest.fee.short')} ${yen(procedure.fees[value] ?? 0)}`
                      : t('privacyRequest.fee.none')}
                  </span>
                </label>
                <p className="hint" id={`type-${value}-hint`}>
                  {t(`privacyRequest.typeHint.${value}` as MessageKey)}
                </p>
              </div>
            ))}
            <GroupError id="type-error" issue={typeIssue} />
          </fieldset>

          {type !== undefined ? <FeeInfo procedure={procedure} type={type} /> : null}

          <fieldset className="pc-choices" aria-describedby={agentIssue ? 'agent-error' : undefined}>
            <legend>{t('privacyRequest.who')}</legend>
            {(['self', 'agent'] as const).map((kind) =>
              kind === 'agent' && agentKinds.length === 0 ? null : (
                <div className="pc-choice" key={kind}>
                  <input
                    type="radio"
                    name="requester"
                    id={`requester-${kind}`}
                    checked={draft.requesterKind === kind}
                    onChange={() => set('requesterKind')(kind)}
                  />
                  <label htmlFor={`requester-${kind}`}>{t(`privacyRequest.who.${kind}` as MessageKey)}</label>
                </div>
              ),
            )}
            {draft.requesterKind === 'agent' ? (
              <Field id="agent-kind" label={t('privacyRequest.agentKind')} issue={agentIssue}>
                {(aria) => (
                  <select
                    {...aria}
                    value={draft.agentKind}
                    onChange={(e) => set('agentKind')(e.currentTarget.value as Draft['agentKind'])}
                  >
                    <option value="">{t('privacyRequest.choose')}</option>
                    {agentKinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`privacyRequest.agent.${k}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : (
              <GroupError id="agent-error" issue={agentIssue} />
            )}
          </fieldset>

          <fieldset className="pc-group">
            <legend>
              {t(
                draft.requesterKind === 'agent'
                  ? 'privacyRequest.identity.agentTitle'
                  : 'privacyRequest.identity.title',
              )}
            </legend>
            <p className="hint">{t('privacyRequest.identity.hint')}</p>
            <Field id="identity-kind" label={t('privacyRequest.identity.kind')} issue={identityKindIssue}>
              {(aria) => (
                <select
                  {...aria}
                  value={draft.identityKind}
                  onChange={(e) => set('identityKind')(e.currentTarget.value as Draft['identityKind'])}
                >
                  <option value="email">{t('privacyRequest.identity.byEmail')}</option>
                  <option value="staff-number">{t('privacyRequest.identity.byStaffNumber')}</option>
                  <option value="name-birth">{t('privacyRequest.identity.byNameBirth')}</option>
                </select>
              )}
            </Field>
            {draft.identityKind === 'email' ? (
              <Field id="identity-email" label={t('privacyRequest.identity.email')} issue={identityIssue.email}>
                {(aria) => (
                  <input
                    {...aria}
                    type="email"
                    autoComplete="email"
                    value={draft.identityEmail}
                    onChange={(e) => set('identityEmail')(e.currentTarget.value)}
                  />
                )}
              </Field>
            ) : draft.identityKind === 'staff-number' ? (
              <Field
                id="staff-number"
                label={t('privacyRequest.identity.staffNumber')}
                issue={identityIssue.staffNumber}
              >
                {(aria) => (
                  <input
                    {...aria}
                    value={draft.staffNumber}
                    onChange={(e) => set('staffNumber')(e.currentTarget.value)}
                  />
                )}
              </Field>
            ) : (
              <>
                <Field id="person-name" label={t('privacyRequest.identity.name')} issue={identityIssue.name}>
                  {(aria) => (
                    <input
                      {...aria}
                      autoComplete="name"
                      value={draft.name}
                      onChange={(e) => set('name')(e.currentTarget.value)}
                    />
                  )}
                </Field>
                <Field
                  id="birth-date"
                  label={t('privacyRequest.identity.birthDate')}
                  hint={t('privacyRequest.identity.birthDateHint')}
                  issue={identityIssue.birthDate}
                >
                  {(aria) => (
                    <input
                      {...aria}
                      autoComplete="bday"
                      value={draft.birthDate}
                      onChange={(e) => set('birthDate')(e.currentTarget.value)}
                    />
                  )}
                </Field>
              </>
            )}
          </fieldset>

          <fieldset className="pc-choices" aria-describedby={replyIssue ? 'reply-error' : undefined}>
            <legend>{t(disclosure ? 'privacyRequest.reply.disclosureTitle' : 'privacyRequest.reply.title')}</legend>
            {procedure.replyMethods.map((method) => (
              <div className="pc-choice" key={method}>
                <input
                  type="radio"
                  name="reply"
                  id={`reply-${method}`}
                  checked={draft.replyMethod === method}
                  onChange={() => set('replyMethod')(method)}
                  aria-describedby={`reply-${method}-hint`}
                />
                <label htmlFor={`reply-${method}`}>{t(`privacyRequest.reply.${method}` as MessageKey)}</label>
                <p className="hint" id={`reply-${method}-hint`}>
                  {t(`privacyRequest.reply.${method}Hint` as MessageKey)}
                </p>
              </div>
            ))}
            {procedure.replyInstructions.map((i) => (
              <p className="hint" key={i.en}>
                {i[locale]}
              </p>
            ))}
            <GroupError id="reply-error" issue={replyIssue} />
            {draft.replyMethod === 'paper' ? (
              <Field id="postal-address" label={t('privacyRequest.contact.postalAddress')} issue={postalIssue}>
                {(aria) => (
                  <textarea
                    {...aria}
                    className="pc-short"
                    autoComplete="street-address"
                    value={draft.postalAddress}
                    onChange={(e) => set('postalAddress')(e.currentTarget.value)}
                  />
                )}
              </Field>
            ) : (
              <Field
                id="contact-email"
                label={t('privacyRequest.contact.email')}
                hint={t('privacyRequest.contact.emailHint')}
                issue={contactEmailIssue}
              >
                {(aria) => (
                  <input
                    {...aria}
                    type="email"
                    autoComplete="email"
                    value={draft.contactEmail}
                    onChange={(e) => set('contactEmail')(e.currentTarget.value)}
                  />
                )}
              </Field>
            )}
          </fieldset>

          <fieldset className="pc-group">
            <legend>{t('privacyRequest.documents.title')}</legend>
            <DocumentsField
              kind="identity"
              id="identity-documents"
              label={t(
                draft.requesterKind === 'agent'
                  ? 'privacyRequest.documents.personIdentity'
                  : 'privacyRequest.documents.identity',
              )}
              required={procedure.identity.self}
              uploads={uploads}
              issues={documentIssue}
              onChange={changeUploads}
            />
            {draft.requesterKind === 'agent' && draft.agentKind !== '' ? (
              <DocumentsField
                kind="agent-authority"
                id="agent-documents"
                label={t('privacyRequest.documents.agent')}
                required={procedure.identity.agents[draft.agentKind] ?? []}
                uploads={uploads}
                issues={documentIssue}
                onChange={changeUploads}
              />
            ) : null}
            {procedure.identity.notes.map((n) => (
              <p className="hint" key={n.en}>
                {n[locale]}
              </p>
            ))}
          </fieldset>

          {type !== undefined && GROUND_TYPES.includes(type) ? (
            <Field id="ground" label={t('privacyRequest.ground')} issue={groundIssue}>
              {(aria) => (
                <select {...aria} value={draft.ground} onChange={(e) => set('ground')(e.currentTarget.value)}>
                  <option value="">{t('privacyRequest.groundNone')}</option>
                  {GROUNDS.map((g) => (
                    <option key={g} value={g}>
                      {t(`privacyRequest.ground.${g}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field id="note" label={t('privacyRequest.note')} hint={t('privacyRequest.noteHint')} issue={noteIssue}>
            {(aria) => (
              <textarea
                {...aria}
                className="pc-short"
                maxLength={2000}
                value={draft.note}
                onChange={(e) => set('note')(e.currentTarget.value)}
              />
            )}
          </Field>

          {procedure.useOfRequestData.map((u) => (
            <p className="hint" key={u.en}>
              {u[locale]}
            </p>
          ))}
          <div className="actions">
            <button type="submit" disabled={busy || localProblems}>
              {busy ? t('privacyRequest.sending') : t('privacyRequest.submit')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
